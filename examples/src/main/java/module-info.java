/**
 * Runnable examples of Aldea that read like documentation. Nothing here is API: the module exports
 * no package.
 */
module org.aldea.examples {
  requires org.aldea.core;
}
