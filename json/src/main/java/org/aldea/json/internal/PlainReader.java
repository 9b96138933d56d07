package org.aldea.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import org.aldea.core.description.Presence;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.Code;
import org.aldea.core.value.Coordinates;
import org.aldea.core.value.Count;
import org.aldea.core.value.Percent;

/**
 * Reads an entity straight from the bytes of one NDJSON line written plainly, as Aldea and most
 * writers write them: every property known and given once, strings of printable ASCII without
 * escapes, numbers without a leading plus or zeros (an exponent only in coordinates). It reads
 * with {@link ShapeReader}'s tables and gives up, returning null, at anything else: another
 * character, an unknown or repeated property, a value the model refuses. A line it gives up on is
 * read by Jackson through {@link WireReader}, which finds its failure or warnings; a line it reads,
 * Jackson reads into an equal entity with no warning ({@code PlainReaderTest} holds it to that). So
 * it keeps no line, column or pointer: it has nothing to report.
 *
 * <p>An instance reads one line at a time and is not thread-safe.
 */
public final class PlainReader {
  /**
   * A larger set is left to Jackson, so that finding a repeated element stays linear; but a set of
   * codes, an {@code EnumSet}, where finding one is a test of a bit and which holds no more than its
   * codes.
   */
  private static final int LARGEST_SET = 8;
  /**
   * The most properties of an object of a shape or union: their tables mark them in a long. Under
   * a lower cap on properties, every line is left to Jackson, which holds objects to it.
   */
  private static final int WIDEST = Long.SIZE;

  private static final byte[] LAT = {'l', 'a', 't'};
  private static final byte[] LON = {'l', 'o', 'n'};
  private static final byte[] MIN = {'m', 'i', 'n'};
  private static final byte[] UNDER = {'u', 'n', 'd', 'e', 'r'};

  private final int maxPropertiesPerObject;
  private final PlainLine line = new PlainLine();
  /** Where a union's properties are, until its variant is known. */
  private int[] found = new int[0];
  /** The type of the last line read and its table: a reader mostly reads lines of one type. */
  private Class<?> lastType;
  private ShapeReader.Table lastTable;

  /**
   * Creates a reader.
   *
   * @param limits the caps of the reader that reads what this one gives up on
   */
  public PlainReader(WireReader.Limits limits) {
    this.maxPropertiesPerObject = limits.perObject();
  }

  /** {@return whether values of a type can be read plainly: the entities and their parts} */
  public static boolean reads(Class<?> type) {
    ShapeReader.Read read = ShapeReader.standalone(type);
    return read != null && read.code == ShapeReader.Read.PART;
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
    if (maxPropertiesPerObject < WIDEST) {
      return null;
    }
    if (type != lastType) {
      lastTable = (ShapeReader.Table) ShapeReader.standalone(type).table();
      lastType = type;
    }
    line.start(bytes, from, to);
    try {
      line.skipSpace();
      // The shape of the type makes values of the type: no check needed, and Class.cast is a call
      // into the virtual machine for the client compiler.
      @SuppressWarnings("unchecked")
      T value = (T) object(lastTable);
      line.skipSpace();
      return line.atLineEnd() ? value : null;
    } catch (RuntimeException e) {
      return null; // PlainLine.GIVE_UP, or a refusal of the model's
    } finally {
      line.release();
    }
  }

  /** {@return where the line an entity was last read from ends: its line feed, or the end of the range} */
  public int end() {
    return line.position();
  }

  private Object object(ShapeReader.Table table) {
    line.expect('{');
    Object[] values = new Object[table.width];
    Object[] inline = table.inline == null ? null : new Object[table.inlineShape.properties().size()];
    Object subject = null;
    int next = 0;
    long given = 0;
    line.skipSpace();
    if (!line.consume('}')) {
      do {
        line.skipSpace();
        ShapeReader.Slot slot = slot(table.slots, next);
        long bit = 1L << slot.position;
        if ((given & bit) != 0) {
          throw PlainLine.GIVE_UP;
        }
        given |= bit;
        next = slot.after;
        line.colon();
        if (line.isNull()) {
          if (!slot.optional) {
            throw PlainLine.GIVE_UP;
          }
        } else if (slot.subject) {
          if (subject != null) {
            throw PlainLine.GIVE_UP;
          }
          subject = value(slot.read);
        } else {
          (slot.inline ? inline : values)[slot.index] = property(slot);
        }
      } while (line.separator('}'));
    }
    if (table.subject != null) {
      if (subject == null) {
        throw PlainLine.GIVE_UP;
      }
      values[table.subject.index()] = subject;
    }
    if (inline != null) {
      values[table.inline.index()] = table.inlineShape.make(inline);
    }
    return table.shape.make(values);
  }

  /**
   * Reads a union. Writers mostly give its discriminator first: then its properties are read where
   * they are, as the variant's. Otherwise, as {@link ShapeReader#union}, its properties, all
   * strings, are passed over until its variant is known, then read where they are. Every property
   * of the variant is required (a missing one is Jackson's to report).
   */
  private Object union(UnionTable table) {
    line.expect('{');
    line.skipSpace();
    return line.quoted(table.discriminator) ? knownVariant(table) : variantLater(table);
  }

  /** Reads a union's properties after its discriminator's name. */
  private Object knownVariant(UnionTable table) {
    line.colon();
    int variant = line.oneOf(table.tagBytes);
    if (variant < 0) {
      throw PlainLine.GIVE_UP;
    }
    int[] positions = table.positions[variant];
    Object[] values = new Object[table.properties[variant].length];
    int left = values.length;
    while (line.separator('}')) {
      line.skipSpace();
      // An unknown name (the discriminator's, given again, among them), another variant's, or one given twice.
      int property = line.oneOf(table.nameBytes);
      if (property < 0 || positions[property] < 0 || values[positions[property]] != null) {
        throw PlainLine.GIVE_UP;
      }
      line.colon();
      values[positions[property]] = value(table.kinds[property]); // null is not a string: given up
      left--;
    }
    if (left != 0) {
      throw PlainLine.GIVE_UP;
    }
    return table.shapes[variant].make(values);
  }

  /** Reads a union's properties when its discriminator is not first. */
  private Object variantLater(UnionTable table) {
    // Unions do not nest in the model: one array serves them all. Where each property's value is,
    // or -1 for none (or null).
    if (found.length < table.names.length) {
      found = new int[table.names.length];
    }
    Arrays.fill(found, -1);
    int variant = -1;
    long met = 0;
    do {
      line.skipSpace();
      int property = line.quoted(table.discriminator) ? table.names.length : line.oneOf(table.nameBytes);
      if (property < 0 || (met & 1L << property) != 0) {
        throw PlainLine.GIVE_UP;
      }
      met |= 1L << property;
      line.colon();
      if (property == table.names.length) {
        variant = line.oneOf(table.tagBytes);
        if (variant < 0) {
          throw PlainLine.GIVE_UP;
        }
      } else if (!line.isNull()) {
        found[property] = line.position();
        line.skipString();
      }
    } while (line.separator('}'));
    if (variant < 0) {
      throw PlainLine.GIVE_UP;
    }
    for (int i = 0; i < table.names.length; i++) {
      if (found[i] >= 0 && (table.allowed[variant] & 1 << i) == 0) {
        throw PlainLine.GIVE_UP; // a property of another variant
      }
    }
    int after = line.position();
    int[] properties = table.properties[variant];
    Object[] values = new Object[properties.length];
    for (int i = 0; i < properties.length; i++) {
      if (found[properties[i]] < 0) {
        throw PlainLine.GIVE_UP;
      }
      line.seek(found[properties[i]]);
      values[i] = value(table.kinds[properties[i]]);
    }
    line.seek(after);
    return table.shapes[variant].make(values);
  }

  /** Reads a property's value, the reader on its first byte, which is not that of null. */
  private Object property(ShapeReader.Slot slot) {
    if (slot.presence == Presence.REQUIRED || slot.presence == Presence.OPTIONAL) {
      return value(slot.read);
    }
    line.expect('[');
    boolean set = slot.presence == Presence.SET;
    boolean choices = set && slot.element.code == ShapeReader.Read.CHOICE;
    @SuppressWarnings({"unchecked", "rawtypes"})
    Collection<Object> elements = choices
        ? EnumSet.noneOf((Class) ((Codes.Vocabulary) slot.element.parameter).type) : new ArrayList<>(4);
    line.skipSpace();
    if (line.consume(']')) {
      return elements;
    }
    do {
      line.skipSpace();
      Object element = value(slot.element);
      // A repeated element is Jackson's to refuse, and a large set (not of codes) Jackson's to find one in.
      if (set && (!choices && elements.size() == LARGEST_SET || elements.contains(element))) {
        throw PlainLine.GIVE_UP;
      }
      elements.add(element);
    } while (line.separator(']'));
    return elements;
  }

  /** Reads a value as {@link ShapeReader}'s read of the same code does, the reader on its first byte. */
  @SuppressWarnings("unchecked")
  private Object value(ShapeReader.Read read) {
    switch (read.code) {
      case ShapeReader.Read.STRING:
        return line.string();
      case ShapeReader.Read.ID:
        return ((Function<String, ?>) read.parameter).apply(line.string());
      case ShapeReader.Read.CODE:
        return Code.of(line.string());
      case ShapeReader.Read.DATE:
        return line.date();
      case ShapeReader.Read.CHOICE:
        Codes.Vocabulary vocabulary = (Codes.Vocabulary) read.parameter;
        int ordinal = line.oneOf(vocabulary.bytes);
        if (ordinal < 0) {
          throw PlainLine.GIVE_UP;
        }
        return vocabulary.constants[ordinal];
      case ShapeReader.Read.COUNT:
        return line.peek() == '{' ? qualifiedCount() : Count.exactly(line.whole(Long.MIN_VALUE, Long.MAX_VALUE));
      case ShapeReader.Read.FLAG:
        return line.flag();
      case ShapeReader.Read.INT:
        return (int) line.whole(Integer.MIN_VALUE, Integer.MAX_VALUE);
      case ShapeReader.Read.PART:
        return object((ShapeReader.Table) read.table());
      case ShapeReader.Read.UNION:
        return union((UnionTable) read.table());
      case ShapeReader.Read.LONG:
        return line.whole(Long.MIN_VALUE, Long.MAX_VALUE);
      case ShapeReader.Read.PERCENT:
        return Percent.of(new BigDecimal(line.number(false)));
      case ShapeReader.Read.COORDINATES:
        return coordinates();
      case ShapeReader.Read.AGE_RANGE:
        return ageRange();
      case ShapeReader.Read.TALLY:
        return tally(((ShapeReader.Tally) read.parameter).keys());
      default:
        throw PlainLine.GIVE_UP;
    }
  }

  /** Reads a count with its qualifier, as {@link ValueReader#count()}: an object of one key. */
  private Count qualifiedCount() {
    line.expect('{');
    line.skipSpace();
    int key = line.oneOf(Codes.QUALIFIER_KEYS);
    if (key < 0) {
      throw PlainLine.GIVE_UP;
    }
    line.colon();
    long value = line.whole(Long.MIN_VALUE, Long.MAX_VALUE);
    if (line.separator('}')) {
      throw PlainLine.GIVE_UP; // a second key
    }
    return Count.of(Codes.QUALIFIERS[key], value);
  }

  /** Reads coordinates, as {@link ValueReader#coordinates()}: latitude and longitude, once each. */
  private Coordinates coordinates() {
    double[] pair = pair(LAT, LON, true);
    return Coordinates.of(pair[0], pair[1]);
  }

  /** Reads an age range, as {@link ValueReader#ageRange()}: its least age and the age it is under. */
  private AgeRange ageRange() {
    double[] pair = pair(MIN, UNDER, false);
    return AgeRange.of((int) pair[0], (int) pair[1]);
  }

  /**
   * Reads an object of two numbers named so, once each and nothing else: any number, or whole
   * numbers of the range of an int.
   */
  private double[] pair(byte[] first, byte[] second, boolean any) {
    line.expect('{');
    double[] pair = new double[2];
    int given = 0;
    do {
      line.skipSpace();
      int which = line.quoted(first) ? 0 : line.quoted(second) ? 1 : -1;
      if (which < 0 || (given & 1 << which) != 0) {
        throw PlainLine.GIVE_UP;
      }
      given |= 1 << which;
      line.colon();
      pair[which] = any ? Double.parseDouble(line.number(true)) : line.whole(Integer.MIN_VALUE, Integer.MAX_VALUE);
    } while (line.separator('}'));
    if (given != 3) {
      throw PlainLine.GIVE_UP;
    }
    return pair;
  }

  /** Reads a tally, as {@link ValueReader#tally}: whole numbers by codes of an enum, each once. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private Map<?, Integer> tally(Class keys) {
    line.expect('{');
    Codes.Vocabulary vocabulary = Codes.vocabulary(keys);
    Map<Enum<?>, Integer> tally = new EnumMap(keys);
    line.skipSpace();
    if (line.consume('}')) {
      return tally;
    }
    do {
      if (tally.size() == maxPropertiesPerObject) {
        throw PlainLine.GIVE_UP;
      }
      line.skipSpace();
      int key = line.oneOf(vocabulary.bytes);
      if (key < 0 || tally.containsKey(vocabulary.constants[key])) {
        throw PlainLine.GIVE_UP;
      }
      line.colon();
      tally.put(vocabulary.constants[key], (int) line.whole(Integer.MIN_VALUE, Integer.MAX_VALUE));
    } while (line.separator('}'));
    return tally;
  }

  /**
   * Finds the slot of the name the reader is on, looking first after the last one found, and reads
   * the name. A name with an escape is no slot's: Jackson reads its line.
   */
  private ShapeReader.Slot slot(ShapeReader.Slot[] slots, int next) {
    for (int i = next; i < slots.length; i++) {
      if (line.quoted(slots[i].wire)) {
        return slots[i];
      }
    }
    for (int i = 0; i < next; i++) {
      if (line.quoted(slots[i].wire)) {
        return slots[i];
      }
    }
    throw PlainLine.GIVE_UP;
  }
}
