/**
 * Runnable examples of Aldea that read like documentation. Nothing here is API: the module exports
 * no package.
 */
module org.aldea.examples {
  requires org.aldea.core;
  requires org.aldea.json;
  requires org.aldea.validation;
  // And org.aldea.testkit, read from the class path (see pom.xml): it is an automatic module only as
  // a jar, and a reactor build that stops before `package` (mvn test) has just its classes folder.
}
