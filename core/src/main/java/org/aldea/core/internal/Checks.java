package org.aldea.core.internal;

import org.aldea.core.InvalidValueException;

/** Argument checks shared by the value types and entities; each failure names the field. */
public final class Checks {
  /** The longest name an entity may have, in UTF-16 code units. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The longest free-text note, in UTF-16 code units. */
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
   * Returns the text if it is not null, not blank, at most {@code maxLength} long and free of control
   * characters other than tab and line breaks.
   */
  public static String text(String field, String value, int maxLength) {
    notNull(field, value);
    if (value.isBlank()) {
      throw new InvalidValueException(field, "must not be blank");
    }
    if (value.length() > maxLength) {
      throw new InvalidValueException(field, "must be at most " + maxLength + " characters long");
    }
    if (hasControlCharacter(value)) {
      throw new InvalidValueException(field, "must not contain control characters");
    }
    return value;
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
