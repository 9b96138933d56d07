package org.aldea.json.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.aldea.json.AldeaJson;
import org.aldea.json.JsonDecodingException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's exceptions into {@link JsonDecodingException}s with a JSON pointer, a line and a
 * column. Jackson's own messages may quote the input (a token, a property name), so each is replaced
 * by a fixed reason. Jackson reports no location for a limit ({@link StreamConstraintsException}):
 * the parser's state tells where it was.
 */
public final class Failures {
  private Failures() {}

  /**
   * Returns the decoding exception for a Jackson exception raised by any mapper or parser, outside
   * Aldea's readers: the parser it names gives the pointer of a parse error; a binding error's
   * reference chain gives its pointer. The stream the parser read is unknown, so a failure to read
   * it is reported as unreadable input.
   *
   * @param e the Jackson exception, not a {@link JsonDecodingException}
   * @return the decoding exception
   */
  public static JsonDecodingException translate(JacksonException e) {
    JsonParser parser = e.processor() instanceof JsonParser ? (JsonParser) e.processor() : null;
    JsonDecodingException translated;
    if (e instanceof DatabindException) {
      translated = bindingFailure((DatabindException) e, parser);
    } else if (e instanceof JacksonIOException && !(e.getCause() instanceof CharConversionException)
        && !(e.getCause() instanceof DocumentInput.Refusal)) {
      translated = at(pointer(parser), e.getLocation(), "input could not be read");
    } else {
      translated = translate(e, parser, null);
    }
    if (translated.pointer().isEmpty() && !e.getPath().isEmpty()) {
      // A limit, say, raised without the parser, inside a value a deserializer of Jackson's read.
      return new JsonDecodingException(pointer(e.getPath()), translated.line(), translated.column(),
          translated.reason(), null);
    }
    return translated;
  }

  /**
   * A binding error from Jackson's own deserializers (a user's type around Aldea's, or a type of the
   * user's own): reported at its reference chain, with a reason for the kind of error, since its
   * message quotes the value.
   */
  private static JsonDecodingException bindingFailure(DatabindException e, JsonParser parser) {
    String reason;
    if (e instanceof UnrecognizedPropertyException) {
      reason = "unknown property";
    } else if (e instanceof InvalidNullException) {
      reason = "null where a value is required";
    } else if (e instanceof InvalidFormatException) {
      reason = "value not convertible to its type";
    } else if (e instanceof MismatchedInputException) {
      reason = "value of the wrong type or shape";
    } else {
      reason = "value refused";
    }
    String pointer = e.getPath().isEmpty() ? pointer(parser) : pointer(e.getPath());
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getLineNr() <= 0) {
      location = parser == null ? null : parser.currentTokenLocation();
    }
    return at(pointer, location, reason);
  }

  /** The JSON pointer of a reference chain (Jackson's {@link JsonPointer} escapes {@code ~} and {@code /}). */
  private static String pointer(List<JacksonException.Reference> path) {
    JsonPointer pointer = JsonPointer.empty();
    for (JacksonException.Reference reference : path) {
      pointer = reference.getPropertyName() != null ? pointer.appendProperty(reference.getPropertyName())
          : pointer.appendIndex(Math.max(0, reference.getIndex()));
    }
    return pointer.toString();
  }

  /**
   * Returns the decoding exception for a Jackson exception raised while reading.
   *
   * @param e the Jackson exception
   * @param parser the parser that raised it, for the JSON pointer and location; null if it could not
   *     be created
   * @param input the stream the parser reads, or null if it reads bytes or text already in memory
   * @throws UncheckedIOException if the exception reports a failure of the underlying stream, which
   *     is not a property of the input's content
   */
  public static JsonDecodingException translate(JacksonException e, JsonParser parser, DocumentInput input) {
    Throwable cause = e.getCause();
    if (e instanceof JacksonIOException && input != null && input.isSourceFailure(cause)) {
      throw new UncheckedIOException((IOException) cause);
    }
    if (cause instanceof DocumentInput.Refusal) {
      DocumentInput.Refusal refusal = (DocumentInput.Refusal) cause;
      if (refusal.line > 0) {
        return new JsonDecodingException(pointer(parser), refusal.line, refusal.column, refusal.getMessage(), null);
      }
      return at(pointer(parser), parser == null ? null : parser.currentLocation(), refusal.getMessage());
    }
    if (e instanceof StreamConstraintsException) {
      return overLimit(e.getOriginalMessage(), parser);
    }
    String reason;
    if (e instanceof JacksonIOException) {
      reason = "invalid character encoding";
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
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getLineNr() <= 0) {
      location = parser == null ? null : parser.currentLocation();
    }
    return at(pointer(parser), location, reason);
  }

  /**
   * The refusal of input over one of Jackson's limits, told apart by its message (the exception has
   * no other mark). A property name over the limit is reported at its object, where the parser
   * stopped inside it; any other value at its own pointer and where it starts.
   */
  private static JsonDecodingException overLimit(String message, JsonParser parser) {
    String text = message == null ? "" : message;
    if (text.startsWith("Name length")) {
      return at(objectPointer(parser), parser == null ? null : parser.currentLocation(),
          "property name longer than " + AldeaJson.MAX_NAME_LENGTH + " characters");
    }
    String reason;
    if (text.startsWith("Document nesting depth")) {
      reason = "nested deeper than " + AldeaJson.MAX_NESTING_DEPTH + " levels";
    } else if (text.startsWith("String value length")) {
      reason = "string longer than " + AldeaJson.MAX_STRING_LENGTH + " characters";
    } else if (text.startsWith("Number value length")) {
      reason = "number longer than " + AldeaJson.MAX_NUMBER_LENGTH + " characters";
    } else {
      reason = "input over a limit";
    }
    if (parser instanceof ParserBase) {
      // The start of the token being read, even while the current token is still the one before.
      ParserBase base = (ParserBase) parser;
      // Jackson 3 counts that column from 2 (see WireReader.tokenColumn).
      return new JsonDecodingException(pointer(parser), base.getTokenLineNr(), Math.max(1, base.getTokenColumnNr() - 1),
          reason, null);
    }
    return at(pointer(parser), parser == null ? null : parser.currentLocation(), reason);
  }

  /**
   * Refuses bytes in memory that do not begin as UTF-8 can ({@link Utf8Start}).
   *
   * @param bytes the array the input is in
   * @param offset where the input starts
   * @param length how many bytes it has
   * @throws JsonDecodingException at the first byte that is not UTF-8
   */
  public static void requireUtf8Start(byte[] bytes, int offset, int length) {
    int offending = Utf8Start.offending(bytes, offset, length);
    if (offending >= 0) {
      throw new JsonDecodingException("", Utf8Start.line(bytes, offset, offending),
          Utf8Start.column(bytes, offset, offending), Utf8Start.reason(bytes, offending), null);
    }
  }

  /**
   * Refuses a document given as text that starts with a byte order mark, U+FEFF ({@link Utf8Start}).
   *
   * @param json the document
   * @throws JsonDecodingException at line 1, column 1 if it starts with one
   */
  public static void requireNoByteOrderMark(String json) {
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      throw new JsonDecodingException("", 1, 1, Utf8Start.BYTE_ORDER_MARK, null);
    }
  }

  /**
   * Returns the refusal of a document given as text longer than the limit, at the character where
   * it goes past it.
   *
   * @param json the document
   * @param limit the most characters accepted
   */
  public static JsonDecodingException overDocumentLimit(String json, long limit) {
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < limit; i++) {
      char c = json.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= json.length() || json.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new JsonDecodingException("", line, limit - lineStart + 1, "document over the limit of " + limit
        + " characters", null);
  }

  /**
   * Returns the refusal of input that made the reader fail unexpectedly: a defect in Aldea, which
   * must not stop a tolerant reader or escape as anything but a decoding error. The cause keeps the
   * stack trace but not the message, which might quote the input.
   *
   * @param e what the reader threw
   * @param parser the parser, for the position; may be null
   */
  public static JsonDecodingException defect(RuntimeException e, JsonParser parser) {
    RuntimeException trace = new RuntimeException(e.getClass().getName());
    trace.setStackTrace(e.getStackTrace());
    TokenStreamLocation location = parser == null ? null : parser.currentTokenLocation();
    long line = location == null ? 0 : Math.max(0, location.getLineNr());
    long column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new JsonDecodingException(pointer(parser), line, column,
        "could not be decoded: a defect in Aldea (" + e.getClass().getSimpleName() + "), please report it", trace);
  }

  private static JsonDecodingException at(String pointer, TokenStreamLocation location, String reason) {
    long line = location == null ? 0 : Math.max(0, location.getLineNr());
    long column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new JsonDecodingException(pointer, line, column, reason, null);
  }

  /** The pointer of the value the parser is on or in, or the whole input. */
  private static String pointer(JsonParser parser) {
    if (parser == null) {
      return "";
    }
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException unusable) {
      return "";
    }
  }

  /** The pointer of the object the parser is in, whatever property it was last on. */
  private static String objectPointer(JsonParser parser) {
    if (parser == null) {
      return "";
    }
    TokenStreamContext context = parser.streamReadContext();
    if (context.inObject() && context.getParent() != null) {
      return context.getParent().pathAsPointer().toString();
    }
    return pointer(parser);
  }
}
