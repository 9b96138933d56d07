package org.aldea.core.value;

import java.util.regex.Pattern;
import org.aldea.core.InvalidValueException;

/**
 * An open code from a catalogue that may grow, such as an outcome indicator
 * ({@code children_assisted}) or a kind of context indicator ({@code poverty_rate}): lower-case
 * letters, digits and underscores, starting with a letter, at most 64 characters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the code as written on the wire
 */
public record Code(String value) implements Comparable<Code> {
  /** The pattern every code matches. */
  public static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /**
   * Creates the code.
   *
   * @param value the code as written on the wire
   * @throws InvalidValueException naming {@code code} if the value is null or malformed
   */
  public Code {
    if (value == null) {
      throw new InvalidValueException("code", "is required");
    }
    if (!matchesPattern(value)) {
      throw new InvalidValueException(
          "code", "must be 1 to 64 characters of [a-z0-9_], starting with a letter");
    }
  }

  /** The same test as {@link #PATTERN}, without the cost of a regular expression on every code read. */
  private static boolean matchesPattern(String value) {
    int length = value.length();
    if (length < 1 || length > 64 || value.charAt(0) < 'a' || value.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the code with the given value.
   *
   * @param value the code
   * @return the code
   */
  public static Code of(String value) {
    return new Code(value);
  }

  /** Equal to a {@code Code} of the same value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Code that && value.equals(that.value);
  }

  // Written out, as the ids' are (EntityId says why).
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(Code other) {
    return value.compareTo(other.value);
  }

  /** Returns the code itself. */
  @Override
  public String toString() {
    return value;
  }
}
