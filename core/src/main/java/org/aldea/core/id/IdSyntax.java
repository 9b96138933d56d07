package org.aldea.core.id;

/**
 * The test of {@link EntityId#PATTERN} without the cost of a regular expression on every id read:
 * 1 to 64 characters of {@code [A-Za-z0-9._-]}, the first a letter or digit.
 */
final class IdSyntax {
  private static final int LONGEST = 64;
  /** A letter or digit: may start an id. */
  private static final byte FIRST = 2;
  /** '.', '_' or '-': may follow the first character. */
  private static final byte LATER = 1;
  /**
   * What each ASCII character may be in an id: {@link #FIRST}, {@link #LATER} or 0. A table,
   * because every id read is tested and a lookup is cheaper than the comparisons.
   */
  private static final byte[] ALLOWED = new byte[128];

  static {
    for (char c = '0'; c <= 'z'; c++) {
      if (c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a') {
        ALLOWED[c] = FIRST;
      }
    }
    ALLOWED['.'] = LATER;
    ALLOWED['_'] = LATER;
    ALLOWED['-'] = LATER;
  }

  private IdSyntax() {
  }

  static boolean matches(String value) {
    int length = value.length();
    if (length < 1 || length > LONGEST || allowed(value.charAt(0)) != FIRST) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      if (allowed(value.charAt(i)) == 0) {
        return false;
      }
    }
    return true;
  }

  private static byte allowed(char c) {
    return c < ALLOWED.length ? ALLOWED[c] : 0;
  }
}
