package org.aldea.json;

import java.util.Objects;
import org.aldea.json.internal.Failures;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;

/**
 * Thrown when input cannot be decoded into Aldea's model: malformed JSON, a wrong shape, an
 * unsupported schema version, a value that breaks a tier-1 rule, or input over a configured limit.
 *
 * <p>It says where: the {@linkplain #pointer() JSON pointer} of the offending value (for example
 * {@code /children/12/born}; in an NDJSON stream, relative to the line's entity), the
 * {@linkplain #line() line} (in an NDJSON stream, the line of the stream) and {@linkplain #column()
 * column}, and a {@linkplain #reason() reason}. The message never repeats string values of the
 * input, which may hold children's names.
 *
 * <p>It is a Jackson {@link StreamReadException}, so that a framework which reads JSON through a
 * mapper of its own (Spring's message converters, JAX-RS providers) treats it as bad input, as it
 * does Jackson's own parse errors. {@link #of(JacksonException)} turns any of those into one of
 * these, with a reason that quotes nothing of the input.
 */
public final class JsonDecodingException extends StreamReadException {
  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the offending value. */
  private final String pointer;
  /** The 1-based line, or 0 if unknown. */
  private final long line;
  /** The 1-based column, or 0 if unknown. */
  private final long column;
  /** What is wrong, without the offending value. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON pointer of the offending value, {@code ""} for the whole input
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param reason what is wrong, without the offending value
   * @param cause the underlying exception, or null
   */
  public JsonDecodingException(String pointer, long line, long column, String reason, Throwable cause) {
    super((JsonParser) null, describe(pointer, line, column, reason), cause);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  private static String describe(String pointer, long line, long column, String reason) {
    String where = pointer.isEmpty() ? "document" : pointer;
    return line > 0 ? where + " (line " + line + ", column " + column + "): " + reason : where + ": " + reason;
  }

  /**
   * Returns the decoding exception for any exception Jackson raised while reading: the exception
   * itself if it is one, otherwise one with the pointer, line and column Jackson knew and a reason
   * of Aldea's own. Jackson's messages may quote the input (an unrecognised token, a value that
   * could not be converted, a property name), so none of their text is kept, and neither is the
   * exception as a cause.
   *
   * @param e what Jackson threw while reading
   * @return the decoding exception
   */
  public static JsonDecodingException of(JacksonException e) {
    Objects.requireNonNull(e, "e");
    if (e instanceof JsonDecodingException) {
      return (JsonDecodingException) e;
    }
    return Failures.translate(e);
  }

  /**
   * {@return the description: pointer, line, column and reason} Jackson's suffixes (its own
   * location and reference chain) are left out: they would repeat what the description says.
   */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  /** {@return the JSON pointer of the offending value; {@code ""} for the whole input} */
  public String pointer() {
    return pointer;
  }

  /** {@return the 1-based line of the offending value, or 0 if unknown} */
  public long line() {
    return line;
  }

  /** {@return the 1-based column of the offending value, or 0 if unknown} */
  public long column() {
    return column;
  }

  /** {@return what is wrong, without repeating the value} */
  public String reason() {
    return reason;
  }

  /**
   * Returns a copy that reports another line, keeping pointer, column and reason: used where one
   * line of a stream is parsed on its own.
   *
   * @param streamLine the line in the stream
   * @return the copy
   */
  JsonDecodingException atLine(long streamLine) {
    return new JsonDecodingException(pointer, streamLine, column, reason, getCause());
  }
}
