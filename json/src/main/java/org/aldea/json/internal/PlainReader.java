package org.aldea.json.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aldea.core.description.Model;
import org.aldea.core.description.Presence;
import org.aldea.core.description.Shape;
import org.aldea.core.description.ValueType;
import org.aldea.core.value.Code;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;

/**
 * Reads an entity straight from the bytes of one NDJSON line written plainly, as Aldea and most
 * writers write them: every property known and given once, strings of printable ASCII without
 * escapes, whole numbers without fraction or exponent. It reads with {@link ShapeReader}'s tables
 * and gives up, returning null, at anything else: another character, an unknown or repeated
 * property, a value the model refuses. A line it gives up on is read by Jackson through {@link
 * WireReader}, which finds its failure or warnings; a line it reads, Jackson reads into an equal
 * entity with no warning ({@code PlainReaderTest} holds it to that). So it keeps no line, column
 * or pointer: it has nothing to report.
 *
 * <p>An instance reads one line at a time and is not thread-safe.
 */
public final class PlainReader {
  /** A string longer than this is left to Jackson, which holds strings to their limit. */
  private static final int LONGEST_STRING = 1_000;
  /** A set with more elements is left to Jackson, so that finding a repeated one stays linear. */
  private static final int LARGEST_SET = 8;
  /** Whole numbers of up to this many digits fit a long. */
  private static final int MOST_DIGITS = 18;

  /** The shapes whose every property this reader can read, found once from the model. */
  private static final Map<Shape<?>, Boolean> PLAIN = new IdentityHashMap<>();

  static {
    for (Shape<?> shape : Model.shapes()) {
      plain(shape);
    }
  }

  private static boolean plain(Shape<?> shape) {
    Boolean known = PLAIN.get(shape);
    if (known == null) {
      boolean plain = true;
      for (ShapeReader.Slot slot : ShapeReader.table(shape).slots) {
        plain &= switch (slot.presence) {
          case REQUIRED, OPTIONAL -> plain(slot.read);
          case LIST -> plain(slot.element);
          case SET -> slot.element.code <= ShapeReader.Read.CHOICE;
        };
      }
      PLAIN.put(shape, plain);
      known = plain;
    }
    return known;
  }

  private static boolean plain(ShapeReader.Read read) {
    return switch (read.code) {
      case ShapeReader.Read.PART -> plain((Shape<?>) read.parameter);
      case ShapeReader.Read.OTHER -> false;
      default -> true;
    };
  }

  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  /** Thrown, without a trace, to give up on a line. */
  private static final RuntimeException GIVE_UP = new RuntimeException("not plain", null, false, false) {};

  private final int maxPropertiesPerObject;
  /** A union's properties, as strings until its variant is known. */
  private String[] raw = new String[0];
  private byte[] in;
  /** Where the reader is; once a line is read, where it ends. */
  private int at;
  private int end;

  /**
   * Creates a reader.
   *
   * @param limits the caps of the reader that reads what this one gives up on
   */
  public PlainReader(WireReader.Limits limits) {
    this.maxPropertiesPerObject = limits.perObject();
  }

  /** {@return whether entities of a type can be read plainly at all} */
  public static boolean reads(Class<?> type) {
    ShapeReader.Read read = ShapeReader.standalone(type);
    return read != null && read.code == ShapeReader.Read.PART && PLAIN.get((Shape<?>) read.parameter) == Boolean.TRUE;
  }

  /**
   * Reads an entity from a line, which ends at its first line feed: the line is read as it is
   * found, so that its end is known without a search.
   *
   * @param type a type that {@link #reads(Class)}
   * @param bytes where the line is
   * @param from where the line starts
   * @param to where the line ends if no line feed comes first
   * @param <T> the type
   * @return the entity, or null if the line is not plain or not valid
   */
  public <T> T read(Class<T> type, byte[] bytes, int from, int to) {
    in = bytes;
    at = from;
    end = to;
    try {
      skipSpace();
      // The shape of the type makes values of the type: no check needed, and Class.cast is a call
      // into the virtual machine for the client compiler.
      @SuppressWarnings("unchecked")
      T value = (T) object((Shape<?>) ShapeReader.standalone(type).parameter);
      skipSpace();
      return at == end || in[at] == '\n' ? value : null;
    } catch (RuntimeException e) {
      return null; // GIVE_UP, or a refusal of the model's
    } finally {
      in = null;
    }
  }

  /** {@return where the line last read ends: its line feed, or the end of the range} */
  public int end() {
    return at;
  }

  private Object object(Shape<?> shape) {
    ShapeReader.Table table = ShapeReader.table(shape);
    expect('{');
    Object[] values = new Object[table.width];
    Object[] inline = table.inline == null ? null : new Object[table.inlineShape.properties().size()];
    Object subject = null;
    int next = 0;
    long given = 0;
    int count = 0;
    skipSpace();
    if (peek() == '}') {
      at++;
    } else {
      do {
        if (count++ == maxPropertiesPerObject) {
          throw GIVE_UP;
        }
        skipSpace();
        ShapeReader.Slot slot = slot(table.slots, next);
        long bit = 1L << slot.position;
        if ((given & bit) != 0) {
          throw GIVE_UP;
        }
        given |= bit;
        next = slot.after;
        skipSpace();
        expect(':');
        skipSpace();
        if (isNull()) {
          if (!slot.optional) {
            throw GIVE_UP;
          }
        } else if (slot.subject) {
          if (subject != null) {
            throw GIVE_UP;
          }
          subject = value(slot.read);
        } else {
          (slot.inline ? inline : values)[slot.index] = property(slot);
        }
        skipSpace();
      } while (separator('}'));
    }
    if (table.subject != null) {
      if (subject == null) {
        throw GIVE_UP;
      }
      values[table.subject.index()] = subject;
    }
    if (inline != null) {
      values[table.inline.index()] = table.inlineShape.make(inline);
    }
    return shape.make(values);
  }

  /** Reads a union: as {@link ShapeReader#union}, its properties kept as strings until its variant is known. */
  private Object union(ValueType.Union<?> union) {
    ShapeReader.UnionTable table = ShapeReader.table(union);
    expect('{');
    // Unions do not nest in the model: one array serves them all.
    if (raw.length < table.names.length) {
      raw = new String[table.names.length];
    }
    Arrays.fill(raw, null);
    int variant = -1;
    long met = 0;
    int count = 0;
    do {
      if (count++ == maxPropertiesPerObject) {
        throw GIVE_UP;
      }
      skipSpace();
      int property = quoted(table.discriminator) ? table.names.length : oneOf(table.nameBytes);
      if (property < 0 || (met & 1L << property) != 0) {
        throw GIVE_UP;
      }
      met |= 1L << property;
      skipSpace();
      expect(':');
      skipSpace();
      if (property == table.names.length) {
        variant = oneOf(table.tagBytes);
        if (variant < 0) {
          throw GIVE_UP;
        }
      } else if (!isNull()) {
        raw[property] = string();
      }
      skipSpace();
    } while (separator('}'));
    if (variant < 0) {
      throw GIVE_UP;
    }
    Shape<?> shape = table.shapes[variant];
    int[] properties = table.properties[variant];
    for (int i = 0; i < table.names.length; i++) {
      if (raw[i] != null && (table.allowed[variant] & 1 << i) == 0) {
        throw GIVE_UP; // a property of another variant
      }
    }
    Object[] values = new Object[properties.length];
    for (int i = 0; i < properties.length; i++) {
      String value = raw[properties[i]];
      if (value == null) {
        throw GIVE_UP;
      }
      values[i] = table.convert(properties[i], value);
    }
    return shape.make(values);
  }

  /** Reads a property's value, the reader on its first byte, which is not that of null. */
  private Object property(ShapeReader.Slot slot) {
    if (slot.presence == Presence.REQUIRED || slot.presence == Presence.OPTIONAL) {
      return value(slot.read);
    }
    expect('[');
    boolean set = slot.presence == Presence.SET;
    boolean choices = set && slot.element.code == ShapeReader.Read.CHOICE;
    @SuppressWarnings({"unchecked", "rawtypes"})
    java.util.Collection<Object> elements = choices
        ? EnumSet.noneOf((Class) ((Codes.Vocabulary) slot.element.parameter).type) : new ArrayList<>(4);
    skipSpace();
    if (peek() == ']') {
      at++;
      return elements;
    }
    do {
      skipSpace();
      Object element = value(slot.element);
      if (set && (elements.size() == LARGEST_SET || !choices && elements.contains(element) || !elements.add(element))) {
        throw GIVE_UP;
      }
      if (!set) {
        elements.add(element);
      }
      skipSpace();
    } while (separator(']'));
    return elements;
  }

  /** Reads a value as {@link ShapeReader}'s read of the same code does, the reader on its first byte. */
  @SuppressWarnings("unchecked")
  private Object value(ShapeReader.Read read) {
    switch (read.code) {
      case ShapeReader.Read.STRING:
        return string();
      case ShapeReader.Read.ID:
        return ((Function<String, ?>) read.parameter).apply(string());
      case ShapeReader.Read.CODE:
        return Code.of(string());
      case ShapeReader.Read.DATE:
        return PartialDate.parse(string());
      case ShapeReader.Read.CHOICE:
        Codes.Vocabulary vocabulary = (Codes.Vocabulary) read.parameter;
        int ordinal = oneOf(vocabulary.bytes);
        if (ordinal < 0) {
          throw GIVE_UP;
        }
        return vocabulary.constants[ordinal];
      case ShapeReader.Read.COUNT:
        return Count.exactly(whole(Long.MIN_VALUE, Long.MAX_VALUE));
      case ShapeReader.Read.FLAG:
        return flag();
      case ShapeReader.Read.INT:
        return (int) whole(Integer.MIN_VALUE, Integer.MAX_VALUE);
      case ShapeReader.Read.PART:
        return object((Shape<?>) read.parameter);
      case ShapeReader.Read.UNION:
        return union((ValueType.Union<?>) read.parameter);
      default:
        throw GIVE_UP;
    }
  }

  /**
   * Finds the slot of the name the reader is on, looking first after the last one found, and reads
   * the name. A name with an escape is no slot's: Jackson reads its line.
   */
  private ShapeReader.Slot slot(ShapeReader.Slot[] slots, int next) {
    for (int i = next; i < slots.length; i++) {
      if (quoted(slots[i].wire)) {
        return slots[i];
      }
    }
    for (int i = 0; i < next; i++) {
      if (quoted(slots[i].wire)) {
        return slots[i];
      }
    }
    throw GIVE_UP;
  }

  /**
   * Reads a plain string, the reader on its opening quote: printable ASCII, whose bytes are its
   * characters, without escapes.
   */
  private String string() {
    expect('"');
    int start = at;
    int last = Math.min(end, start + LONGEST_STRING);
    for (int i = start; i < last; i++) {
      byte b = in[i];
      if (b == '"') {
        at = i + 1;
        return new String(in, start, i - start, StandardCharsets.ISO_8859_1);
      }
      // A byte over 0x7f is negative.
      if (b < 0x20 || b == 0x7f || b == '\\') {
        throw GIVE_UP;
      }
    }
    throw GIVE_UP;
  }

  /**
   * Reads a string if it is these bytes, in quotes: a name, code or tag of the format, which is
   * ASCII without quotes or escapes. Returns false, leaving the reader where it is, otherwise.
   */
  private boolean quoted(byte[] text) {
    int length = text.length;
    if (end - at < length + 2 || in[at] != '"' || in[at + length + 1] != '"' || !same(text, at + 1)) {
      return false;
    }
    at += length + 2;
    return true;
  }

  /**
   * Reads a string if it is one of these, in quotes, and returns which; -1, leaving the reader
   * where it is, otherwise. The string's length is found once, and only candidates of that length
   * compared.
   */
  private int oneOf(byte[][] candidates) {
    if (peek() != '"') {
      return -1;
    }
    int start = at + 1;
    int close = start;
    while (close < end && in[close] != '"') {
      close++;
    }
    int length = close - start;
    for (int i = 0; i < candidates.length; i++) {
      byte[] candidate = candidates[i];
      if (candidate.length == length && same(candidate, start)) {
        at = close + 1;
        return i;
      }
    }
    return -1;
  }

  /** Whether the input has these bytes where it says. */
  private boolean same(byte[] bytes, int from) {
    for (int i = 0; i < bytes.length; i++) {
      if (in[from + i] != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads a whole number written plainly: an optional minus, then 0 or digits not starting with 0. */
  private long whole(long min, long max) {
    boolean negative = peek() == '-';
    if (negative) {
      at++;
    }
    int start = at;
    long value = 0;
    while (at < end && in[at] >= '0' && in[at] <= '9') {
      value = value * 10 + (in[at++] - '0');
    }
    int digits = at - start;
    if (digits == 0 || digits > MOST_DIGITS || digits > 1 && in[start] == '0') {
      throw GIVE_UP;
    }
    value = negative ? -value : value;
    if (value < min || value > max) {
      throw GIVE_UP;
    }
    return value;
  }

  private boolean flag() {
    if (literal(TRUE)) {
      return true;
    }
    if (literal(FALSE)) {
      return false;
    }
    throw GIVE_UP;
  }

  private boolean isNull() {
    return literal(NULL);
  }

  /** Reads a literal if the reader is on it; whatever follows it is the caller's to check. */
  private boolean literal(byte[] word) {
    if (end - at < word.length || in[at] != word[0]) {
      return false;
    }
    for (int i = 1; i < word.length; i++) {
      if (in[at + i] != word[i]) {
        return false;
      }
    }
    at += word.length;
    return true;
  }

  /** Reads a comma, true, or the closing bracket, false. */
  private boolean separator(char closing) {
    byte b = peek();
    at++;
    if (b == ',') {
      return true;
    }
    if (b == closing) {
      return false;
    }
    throw GIVE_UP;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw GIVE_UP;
    }
    at++;
  }

  /** The byte the reader is on, or 0 at the end of the line, which no caller expects. */
  private byte peek() {
    return at < end ? in[at] : 0;
  }

  /**
   * Skips JSON's white space but the line feed, which ends a line. Plain lines mostly have none:
   * this much is small enough for the client compiler to inline.
   */
  private void skipSpace() {
    if (at >= end || in[at] <= ' ') {
      skipSomeSpace();
    }
  }

  private void skipSomeSpace() {
    while (at < end) {
      byte b = in[at];
      if (b != ' ' && b != '\t' && b != '\r') {
        return;
      }
      at++;
    }
  }
}
