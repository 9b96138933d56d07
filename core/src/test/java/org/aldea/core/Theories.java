package org.aldea.core;

import static org.quicktheories.QuickTheory.qt;

import org.quicktheories.QuickTheory;

/** The property-test settings of this module: 1,000 examples each; QuickTheories prints the seed on failure. */
public final class Theories {
  /** How many examples each property is checked on. */
  public static final int EXAMPLES = 1_000;

  private Theories() {}

  /** Returns a QuickTheories entry point checking {@value #EXAMPLES} examples. */
  public static QuickTheory theory() {
    return qt().withExamples(EXAMPLES);
  }
}
