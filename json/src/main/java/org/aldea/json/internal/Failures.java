package org.aldea.json.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.aldea.json.JsonDecodingException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Turns Jackson's exceptions into {@link JsonDecodingException}s. Jackson's own messages may quote
 * the input (a token, a property name), so each is replaced by a fixed reason; only the messages of
 * limits, which quote numbers, are kept.
 */
public final class Failures {
  private Failures() {}

  /**
   * Returns the decoding exception for a Jackson exception raised while reading.
   *
   * @param e the Jackson exception
   * @param parser the parser that raised it, for the JSON pointer; may be null
   * @throws UncheckedIOException if the exception reports a failure of the underlying input, which
   *     is not a property of the input's content
   */
  public static JsonDecodingException translate(JacksonException e, JsonParser parser) {
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
      throw new UncheckedIOException((IOException) e.getCause());
    }
    String reason;
    if (e instanceof StreamConstraintsException) {
      reason = "input over a limit: " + e.getOriginalMessage();
    } else if (e instanceof UnexpectedEndOfInputException) {
      reason = "unexpected end of input";
    } else if (e instanceof InputCoercionException) {
      reason = "number out of range";
    } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate Object property")) {
      reason = "duplicate property";
    } else if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("Invalid UTF-")) {
      reason = "invalid character encoding";
    } else {
      reason = "malformed JSON";
    }
    String pointer = "";
    if (parser != null) {
      try {
        pointer = parser.streamReadContext().pathAsPointer().toString();
      } catch (RuntimeException ignored) {
        // The parser may be unusable after the failure: report the whole input.
      }
    }
    TokenStreamLocation location = e.getLocation();
    long line = location == null ? 0 : Math.max(0, location.getLineNr());
    long column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new JsonDecodingException(pointer, line, column, reason, null);
  }
}
