package org.aldea.json;

import java.util.Objects;

/**
 * Something in the input that was read but ignored, such as a property this version of the format
 * does not know (code {@value #UNKNOWN_PROPERTY}), which a later minor version may have added.
 *
 * @param code a stable code, for example {@value #UNKNOWN_PROPERTY}
 * @param pointer the JSON pointer of what was ignored
 * @param line the 1-based line (in an NDJSON stream, the line of the stream), or 0 if unknown
 * @param column the 1-based column, or 0 if unknown
 * @param message an English description that repeats no value of the input
 */
public record DecodeWarning(String code, String pointer, long line, long column, String message) {
  /** The code of a property that this version of the format does not know. */
  public static final String UNKNOWN_PROPERTY = "json.unknown_property";

  /**
   * Checks that code, pointer and message are present.
   *
   * @param code a stable code, for example {@value #UNKNOWN_PROPERTY}
   * @param pointer the JSON pointer of what was ignored
   * @param line the 1-based line (in an NDJSON stream, the line of the stream), or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param message an English description that repeats no value of the input
   */
  public DecodeWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }
}
