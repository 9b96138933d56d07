package org.aldea.core.internal;

import org.aldea.core.InvalidValueException;

/** Argument checks shared by the value types and entities; each failure names the field. */
public final class Checks {
  /** The longest name an entity may have, in Unicode code points (as JSON Schema counts). */
  public static final int MAX_NAME_LENGTH = 200;

  /** The longest free-text note, in Unicode code points. */
  public static final int MAX_NOTE_LENGTH = 2000;

  private Checks() {}

  /**
   * Returns the value if it is not null.
   *
   * @throws InvalidValueException naming the field if the value is null
   */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "is required");
    }
    return value;
  }

  /**
   * Returns the text if it is not null, not blank (it has a character that is not Unicode white
   * space), at most {@code maxLength} code points long, and free of control characters other than
   * tab, line feed and carriage return.
   */
  public static String text(String field, String value, int maxLength) {
    notNull(field, value);
    if (isBlank(value)) {
      throw new InvalidValueException(field, "must not be blank");
    }
    if (value.length() > maxLength && value.codePointCount(0, value.length()) > maxLength) {
      throw new InvalidValueException(field, "must be at most " + maxLength + " characters long");
    }
    if (hasControlCharacter(value)) {
      throw new InvalidValueException(field, "must not contain control characters");
    }
    return value;
  }

  /**
   * Whether the text is empty or only white space: the characters with Unicode's White_Space
   * property (which, unlike {@link String#isBlank()}, include the no-break spaces).
   */
  private static boolean isBlank(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!isWhiteSpace(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWhiteSpace(char c) {
    return c >= 0x09 && c <= 0x0d || c == 0x20 || c == 0x85 || c == 0xa0 || c == 0x1680
        || c >= 0x2000 && c <= 0x200a || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
  }

  /** Whether the text has a control character (Unicode category Cc) other than tab and line breaks. */
  private static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 || c >= 0x7f && c <= 0x9f) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /** Returns the value if it lies in {@code [min, max]}. */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, "must be between " + min + " and " + max);
    }
    return value;
  }

  /** Returns the value if it lies in {@code [min, max]}. */
  public static long inRange(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, "must be between " + min + " and " + max);
    }
    return value;
  }
}
