package org.aldea.json;

import java.util.List;
import java.util.Objects;

/**
 * A decoded value with the warnings decoding gave (for example properties from a later minor
 * version of the format, which were ignored).
 *
 * @param value the decoded value
 * @param warnings the warnings, in input order; empty when the input was fully understood
 * @param <T> the type of the value
 */
public record Decoded<T>(T value, List<DecodeWarning> warnings) {
  /**
   * Checks that the value is present and copies the warnings.
   *
   * @param value the decoded value
   * @param warnings the warnings, in input order; empty when the input was fully understood
   */
  public Decoded {
    Objects.requireNonNull(value, "value");
    warnings = List.copyOf(warnings);
  }
}
