/** Fixtures from the Peru reports and QuickTheories generators, for other teams' tests. Not yet implemented: this module only builds for now. */
module org.aldea.testkit {
  requires transitive org.aldea.core;
}
