package org.aldea.json;

/**
 * Told what an {@link NdjsonReader} meets besides good entities. The default listener ignores
 * warnings and stops at the first bad line by throwing it (strict mode); a tolerant reader's
 * listener records bad lines and returns, and the reader goes on with the next line.
 */
public interface NdjsonListener {
  /** The listener of a strict reader: warnings are ignored, the first bad line is thrown. */
  NdjsonListener STRICT = new NdjsonListener() { };

  /**
   * Called for something read but ignored, such as an unknown property of a later minor version.
   *
   * @param warning the warning; its line is the line of the stream
   */
  default void onWarning(DecodeWarning warning) {}

  /**
   * Called for a line that cannot be decoded. Throwing stops the reader (strict mode); returning
   * skips the line and goes on (tolerant mode).
   *
   * @param error what is wrong; its line is the line of the stream, its pointer relative to the
   *     line's entity
   */
  default void onBadLine(JsonDecodingException error) {
    throw error;
  }
}
