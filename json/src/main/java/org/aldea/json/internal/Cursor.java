package org.aldea.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aldea.core.InvalidValueException;
import org.aldea.json.DecodeWarning;
import org.aldea.json.JsonDecodingException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;

/**
 * A Jackson parser seen as JSON's own structure: objects whose properties are checked for
 * duplicates, width and strangers, arrays, strings, booleans and whole numbers, every problem a
 * {@link JsonDecodingException} with the JSON pointer, line and column of the offending value.
 *
 * <p>Each method that reads a value starts with the parser on the value's first token and leaves it
 * on its last. What the exchange format makes of these values is {@link ValueReader}'s and {@link
 * ShapeReader}'s.
 */
final class Cursor {
  final JsonParser parser;
  private final ParserBase base;
  private final boolean strict;
  private final WireReader.Limits limits;
  private final Consumer<DecodeWarning> warnings;
  /** How many unknown properties the value being read has. */
  private int unknowns;
  /** The object being read at each nesting depth, reused from one object to the next. */
  private Obj[] objects = new Obj[8];

  Cursor(JsonParser parser, boolean strict, WireReader.Limits limits, Consumer<DecodeWarning> warnings) {
    this.parser = parser;
    this.base = parser instanceof ParserBase ? (ParserBase) parser : null;
    this.strict = strict;
    this.limits = limits;
    this.warnings = warnings;
  }

  /** The line of the current token, read without allocating a location object where possible. */
  int tokenLine() {
    return base != null ? base.getTokenLineNr() : parser.currentTokenLocation().getLineNr();
  }

  /**
   * The column of the current token (never a property name), read without allocating a location
   * object where possible. For such tokens Jackson 3's {@code ParserBase.getTokenColumnNr()} is one
   * more than the column of {@code currentTokenLocation()}, which every other report uses; the
   * tests that check exact columns keep the two in step.
   */
  int tokenColumn() {
    return base != null ? base.getTokenColumnNr() - 1 : parser.currentTokenLocation().getColumnNr();
  }

  /**
   * The offset in the parser's input of the current token's first byte (never a property name's),
   * read without allocating a location object where possible: as for {@link #tokenColumn()},
   * Jackson 3's {@code ParserBase.getTokenCharacterOffset()} is one more than the offset of {@code
   * currentTokenLocation()}, and {@code CursorTest} keeps the two in step.
   */
  long tokenOffset() {
    return base != null ? base.getTokenCharacterOffset() - 1 : parser.currentTokenLocation().getByteOffset();
  }

  /** Starts a new value of a sequence read by this cursor: its unknown properties count afresh. */
  void startValue() {
    unknowns = 0;
  }

  boolean present() {
    return parser.currentToken() != JsonToken.VALUE_NULL;
  }

  String string() {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw failure(pointer(), "must be a string");
    }
    return parser.getString();
  }

  boolean bool() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw failure(pointer(), "must be true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  int integer(int min, int max) {
    return (int) integer((long) min, (long) max);
  }

  /**
   * Reads a whole number: a JSON number whose value is an integer, however it is written ({@code 79},
   * {@code 79.0}, {@code 7.9e1}), as JSON Schema's {@code integer} counts it.
   */
  long integer(long min, long max) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = parser.getNumberType();
      if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
        throw failure(pointer(), "whole number out of range");
      }
      long value = parser.getLongValue();
      if (value < min || value > max) {
        throw failure(pointer(), "whole number out of range");
      }
      return value;
    }
    if (token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw failure(pointer(), "must be a whole number");
    }
    BigDecimal value = decimal("whole number out of range");
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw failure(pointer(), "must be a whole number");
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw failure(pointer(), "whole number out of range");
    }
    return value.longValueExact();
  }

  /**
   * Returns the exact value of the number under the parser.
   *
   * @param outOfRange the reason to refuse a number whose exponent no {@code BigDecimal} can hold
   */
  BigDecimal decimal(String outOfRange) {
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException e) {
      throw failure(pointer(), outOfRange);
    }
  }

  /** Reads a JSON number as a double. */
  double number() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw failure(pointer(), "must be a number");
    }
    return parser.getDoubleValue();
  }

  /** Reads an array, calling the element reader with the parser on each element; null reads as empty. */
  void array(Runnable element) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_ARRAY) {
      throw failure(pointer(), "must be an array");
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      element.run();
    }
  }

  /** Converts a value just read, reporting a refusal of the model at the value. */
  <S, T> T value(S raw, Function<S, T> convert) {
    try {
      return convert.apply(raw);
    } catch (InvalidValueException e) {
      throw failure(pointer(), e.rule());
    }
  }

  JsonPointer pointer() {
    return parser.streamReadContext().pathAsPointer();
  }

  JsonDecodingException failure(JsonPointer pointer, String reason) {
    return failure(pointer, parser.currentTokenLocation(), reason);
  }

  JsonDecodingException failure(String pointer, String reason) {
    return failure(JsonPointer.compile(pointer), parser.currentTokenLocation(), reason);
  }

  static JsonDecodingException failure(JsonPointer pointer, TokenStreamLocation location, String reason) {
    return new JsonDecodingException(pointer.toString(), location.getLineNr(), location.getColumnNr(), reason, null);
  }

  /** Starts reading an object; {@code what} names it, with its article, for a refusal. */
  Obj begin(String what) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw failure(pointer(), "must be " + what + " (a JSON object)");
    }
    int depth = parser.streamReadContext().getNestingDepth();
    if (depth >= objects.length) {
      objects = Arrays.copyOf(objects, depth + 1);
    }
    Obj object = objects[depth];
    if (object == null) {
      object = new Obj();
      objects[depth] = object;
    }
    object.reset(tokenLine(), tokenColumn());
    return object;
  }

  /**
   * Skips the value the parser is on, an unknown property's, holding what it skips to the rules of
   * the rest of the input: no duplicate property, no object wider than the cap.
   */
  private void skip() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return;
    }
    // The names of each open object, innermost last; null for an array.
    List<Set<String>> open = new ArrayList<>();
    open.add(token == JsonToken.START_OBJECT ? new HashSet<>() : null);
    while (!open.isEmpty()) {
      token = parser.nextToken();
      if (token == JsonToken.PROPERTY_NAME) {
        Set<String> names = open.get(open.size() - 1);
        if (names.size() == limits.perObject()) {
          throw tooWide(pointer().head());
        }
        if (!names.add(parser.currentName())) {
          throw duplicate();
        }
      } else if (token == JsonToken.START_OBJECT) {
        open.add(new HashSet<>());
      } else if (token == JsonToken.START_ARRAY) {
        open.add(null);
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY || token == null) {
        open.remove(open.size() - 1);
      }
    }
  }

  /** The refusal of an object's property past the cap, with the parser on its name. */
  private JsonDecodingException tooWide(JsonPointer object) {
    return failure(object, parser.currentTokenLocation(),
        "more than " + limits.perObject() + " properties in one object (maxPropertiesPerObject)");
  }

  /** The refusal of a property its object already had, with the parser on its name. */
  private JsonDecodingException duplicate() {
    return failure(pointer(), parser.currentTokenLocation(), "duplicate property");
  }

  /**
   * An object being read: where it starts, and which properties it had and where, so that a
   * duplicate property is refused and a tier-1 failure found when the object is built can be
   * reported at the offending property. Its JSON pointer is computed only for a failure.
   */
  final class Obj {
    /** How many names are compared one by one before they are hashed. */
    private static final int SCANNED = 8;
    private String[] names = new String[16];
    private int[] lines = new int[16];
    private int[] columns = new int[16];
    private int count;
    /** The names, once there are more than {@value #SCANNED}: a long object cannot make the check quadratic. */
    private Set<String> hashed;
    private int startLine;
    private int startColumn;
    /** The name of the property whose value the parser is on. */
    String name;

    void reset(int line, int column) {
      this.startLine = line;
      this.startColumn = column;
      this.count = 0;
      this.hashed = null;
    }

    /** Moves to the next property's value; false at the end of the object. */
    boolean next() {
      if (!nextName()) {
        return false;
      }
      requireUnique();
      toValue();
      return true;
    }

    /**
     * Moves to the next property's name, leaving the check for a duplicate to the caller ({@link
     * #requireUnique()}, or its own record of the names it knows); false at the end of the object.
     */
    boolean nextName() {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_OBJECT) {
        return false;
      }
      name = parser.currentName();
      if (count == limits.perObject()) {
        throw tooWide(pointer());
      }
      return true;
    }

    /** Refuses the current name if the object had it already, the parser still on the name. */
    void requireUnique() {
      if (seen(name)) {
        throw duplicate();
      }
    }

    /** The refusal of the current name as a duplicate, the parser still on the name. */
    JsonDecodingException duplicateName() {
      return duplicate();
    }

    /** Moves from the current name to its value, remembering where the value is. */
    void toValue() {
      parser.nextToken();
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
        lines = Arrays.copyOf(lines, count * 2);
        columns = Arrays.copyOf(columns, count * 2);
      }
      names[count] = name;
      lines[count] = tokenLine();
      columns[count] = tokenColumn();
      count++;
    }

    /** Returns whether the object already had a property of this name, and remembers it. */
    private boolean seen(String name) {
      if (hashed != null) {
        return !hashed.add(name);
      }
      for (int i = 0; i < count; i++) {
        if (names[i].equals(name)) {
          return true;
        }
      }
      if (count == SCANNED) {
        hashed = new HashSet<>(Arrays.asList(names).subList(0, count));
        hashed.add(name);
      }
      return false;
    }

    /** The pointer of this object; valid while the parser is inside it or on its closing brace. */
    JsonPointer pointer() {
      JsonPointer here = parser.streamReadContext().pathAsPointer();
      // Inside the object the context names the current property; on the closing brace, the object itself.
      return parser.currentToken() == JsonToken.END_OBJECT ? here : here.head();
    }

    /** Refuses, or reports and skips, a property this version does not know. */
    void unknown() {
      JsonPointer at = Cursor.this.pointer();
      TokenStreamLocation location = parser.currentTokenLocation();
      if (strict) {
        throw failure(at, location, "unknown property");
      }
      if (++unknowns > limits.unknown()) {
        throw failure(at, location, "more than " + limits.unknown() + " unknown properties (maxUnknownProperties)");
      }
      warnings.accept(new DecodeWarning(DecodeWarning.UNKNOWN_PROPERTY, at.toString(), location.getLineNr(),
          location.getColumnNr(), "unknown property, ignored"));
      skip();
    }

    /** The refusal of the object as a whole, reported where it starts. */
    JsonDecodingException missing(String reason) {
      return new JsonDecodingException(pointer().toString(), startLine, startColumn, reason, null);
    }

    /** Builds the object, reporting a tier-1 failure at the property it names, if present. */
    <T> T build(Supplier<T> builder) {
      try {
        return builder.get();
      } catch (InvalidValueException e) {
        throw refusal(e);
      }
    }

    /** The refusal of the object by the model, reported at the property it names, if present. */
    JsonDecodingException refusal(InvalidValueException e) {
      for (int i = count - 1; i >= 0; i--) {
        if (names[i].equals(e.field())) {
          return new JsonDecodingException(pointer().appendProperty(e.field()).toString(), lines[i], columns[i],
              e.rule(), null);
        }
      }
      return missing(e.getMessage());
    }
  }
}
