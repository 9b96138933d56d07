/**
 * Test support for teams that use Aldea: the canonical Peru fixtures built from the source reports,
 * and QuickTheories generators of every value type, entity and of whole, referentially consistent
 * datasets.
 */
// QuickTheories is an automatic module (no module descriptor); its Gen is part of this module's API.
@SuppressWarnings("requires-transitive-automatic")
module org.aldea.testkit {
  requires transitive org.aldea.core;
  requires transitive quicktheories;

  exports org.aldea.testkit;
}
