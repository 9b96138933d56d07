package org.aldea.json;

import static org.quicktheories.QuickTheory.qt;

import org.quicktheories.QuickTheory;

/** The property-test settings of this module; QuickTheories prints the seed on failure. */
final class Theories {
  private Theories() {}

  /** Returns a QuickTheories entry point checking the given number of examples. */
  static QuickTheory theory(int examples) {
    return qt().withExamples(examples);
  }
}
