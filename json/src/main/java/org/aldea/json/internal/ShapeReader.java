package org.aldea.json.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aldea.core.InvalidValueException;
import org.aldea.core.description.Model;
import org.aldea.core.description.Presence;
import org.aldea.core.description.Property;
import org.aldea.core.description.Shape;
import org.aldea.core.description.ValueType;
import org.aldea.core.value.Code;
import org.aldea.json.JsonDecodingException;

/**
 * Reads the objects of the model as their {@linkplain Model description} says: each shape's
 * properties looked up in a table made once from the description, each value read by the reader its
 * type calls for. Unknown properties are refused or reported as the {@link Cursor} is told.
 */
final class ShapeReader {
  private static final Map<Shape<?>, Table> TABLES = new IdentityHashMap<>();
  private static final Map<ValueType.Union<?>, UnionTable> UNIONS = new IdentityHashMap<>();

  static {
    for (Shape<?> shape : Model.shapes()) {
      TABLES.put(shape, new Table(shape));
      for (Property<?> property : shape.properties()) {
        if (property.type() instanceof ValueType.Union) {
          ValueType.Union<?> union = (ValueType.Union<?>) property.type();
          UNIONS.computeIfAbsent(union, UnionTable::new);
        }
      }
    }
  }

  /** The most properties, besides the discriminator, of all the model's unions. */
  private static final int UNION_WIDTH =
      UNIONS.values().stream().mapToInt(table -> table.names.length).max().orElse(0);

  /** The read of each type with a wire form of its own but the document, made once. */
  private static final Map<Class<?>, Read> STANDALONE = new HashMap<>();

  static {
    for (Class<?> type : WireTypes.all()) {
      ValueType<?> valueType = WireTypes.of(type);
      if (valueType != null) {
        STANDALONE.put(type, reader(valueType, ""));
      }
    }
  }

  final Cursor cursor;
  final ValueReader values;
  private final Scratch scratch = new Scratch();

  /** Where a union's properties are kept until its variant is known. */
  private static final class Scratch {
    final String[] raw = new String[UNION_WIDTH];
    final int[] lines = new int[UNION_WIDTH];
    final int[] columns = new int[UNION_WIDTH];
  }

  ShapeReader(Cursor cursor) {
    this.cursor = cursor;
    this.values = new ValueReader(cursor);
  }

  /** Returns the read of a type with a wire form of its own but the document, or null. */
  static Read standalone(Class<?> type) {
    return STANDALONE.get(type);
  }

  /** Returns the reader of a value type, made once per type and property. */
  static Read reader(ValueType<?> type, String wireName) {
    return type.accept(new Compiler(wireName));
  }

  /** Reads an object of a shape. */
  <T> T object(Shape<T> shape) {
    Table table = TABLES.get(shape);
    Cursor.Obj object = cursor.begin(shape.article());
    Object[] values = new Object[table.width];
    Object[] inline = table.inline == null ? null : new Object[table.inlineShape.properties().size()];
    Object subject = null;
    int next = 0;
    // The slots given so far, one bit each: a duplicate known property is found without a search.
    long given = 0;
    while (object.nextName()) {
      Slot slot = table.find(object.name, next);
      if (slot == null) {
        object.requireUnique();
        object.toValue();
        object.unknown();
        continue;
      }
      long bit = 1L << slot.position;
      if ((given & bit) != 0) {
        throw object.duplicateName();
      }
      given |= bit;
      object.toValue();
      next = slot.after;
      if (slot.optional && !cursor.present()) {
        continue;
      }
      if (slot.subject) {
        if (subject != null) {
          throw cursor.failure(cursor.pointer(), "an outcome has exactly one of " + table.subjectKeys);
        }
        subject = slot.read.read(this);
      } else {
        (slot.inline ? inline : values)[slot.index] = slot.read.read(this);
      }
    }
    if (table.subject != null) {
      if (subject == null) {
        throw object.missing("one of " + table.subjectKeys + " is required");
      }
      values[table.subject.index()] = subject;
    }
    // Not Obj.build(Supplier): a lambda made for each object costs the client compiler a call into the virtual machine.
    try {
      if (inline != null) {
        values[table.inline.index()] = table.inlineShape.make(inline);
      }
      return shape.make(values);
    } catch (InvalidValueException e) {
      throw object.refusal(e);
    }
  }

  /**
   * Reads a union. Its discriminator may come after the other properties, so they are read as
   * strings with their places, and converted once the variant is known.
   */
  Object union(ValueType.Union<?> union) {
    UnionTable table = UNIONS.get(union);
    Cursor.Obj object = cursor.begin(union.article());
    int variant = -1;
    // Unions do not nest in the model, so one set of scratch arrays per reader serves them all.
    String[] raw = scratch.raw;
    int[] lines = scratch.lines;
    int[] columns = scratch.columns;
    int given = 0;
    // The names met so far, one bit each (the discriminator's after the others'), for duplicates.
    long met = 0;
    while (object.nextName()) {
      boolean discriminator = object.name.equals(union.discriminator());
      int property = discriminator ? table.names.length : table.index(object.name);
      if (property < 0) {
        object.requireUnique();
      } else if ((met & 1L << property) != 0) {
        throw object.duplicateName();
      } else {
        met |= 1L << property;
      }
      object.toValue();
      if (discriminator) {
        variant = table.variant(cursor.string());
        if (variant < 0) {
          throw cursor.failure(cursor.pointer(),
              union.discriminator() + " must be one of " + String.join(", ", table.tags));
        }
        continue;
      }
      if (property < 0) {
        object.unknown();
      } else if (cursor.present()) {
        lines[property] = cursor.tokenLine();
        columns[property] = cursor.tokenColumn();
        raw[property] = cursor.string();
        given |= 1 << property;
      }
    }
    if (variant < 0) {
      throw object.missing(union.discriminator() + " is required");
    }
    Shape<?> shape = table.shapes[variant];
    int foreign = given & ~table.allowed[variant];
    if (foreign != 0) {
      int property = Integer.numberOfTrailingZeros(foreign);
      throw new JsonDecodingException(object.pointer().appendProperty(table.names[property]).toString(),
          lines[property], columns[property], "not a property of " + shape.article(), null);
    }
    int[] properties = table.properties[variant];
    Object[] values = new Object[properties.length];
    for (int i = 0; i < properties.length; i++) {
      int index = properties[i];
      if ((given & 1 << index) == 0) {
        throw object.missing(table.names[index] + " is required for " + shape.article());
      }
      try {
        values[i] = table.convert(index, raw[index]);
      } catch (InvalidValueException e) {
        throw new JsonDecodingException(object.pointer().appendProperty(table.names[index]).toString(),
            lines[index], columns[index], e.rule(), null);
      }
    }
    return shape.make(values);
  }

  /** Reads one value as its {@link Read} says. */
  @SuppressWarnings("unchecked")
  private Object read(Read read) {
    switch (read.code) {
      case Read.STRING:
        return cursor.string();
      case Read.ID:
        return values.converted((Function<String, ?>) read.parameter);
      case Read.CODE:
        return values.converted(Code::of);
      case Read.DATE:
        return values.date();
      case Read.COUNT:
        return values.count();
      case Read.FLAG:
        return cursor.bool();
      case Read.INT:
        return cursor.integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
      case Read.CHOICE:
        return values.choice((Codes.Vocabulary) read.parameter);
      case Read.PART:
        return object((Shape<?>) read.parameter);
      case Read.UNION:
        return union((ValueType.Union<?>) read.parameter);
      case Read.LONG:
        return cursor.integer(Long.MIN_VALUE, Long.MAX_VALUE);
      case Read.PERCENT:
        return values.percent();
      case Read.COORDINATES:
        return values.coordinates();
      case Read.AGE_RANGE:
        return values.ageRange();
      case Read.TALLY:
        Tally tally = (Tally) read.parameter;
        return values.tally(tally.keys, tally.wireName);
      default:
        return ((Function<ShapeReader, Object>) read.parameter).apply(this);
    }
  }

  /**
   * How to read one value, the parser on its first token: a code for the common types, read by a
   * switch whose calls the compiler can inline, or a function for the others.
   */
  static final class Read {
    // The types written as strings come first, up to CHOICE: a union's properties are of them.
    static final int STRING = 0;
    static final int ID = 1;
    static final int CODE = 2;
    static final int DATE = 3;
    static final int CHOICE = 4;
    static final int COUNT = 5;
    static final int FLAG = 6;
    static final int INT = 7;
    static final int PART = 8;
    static final int UNION = 9;
    static final int LONG = 10;
    static final int PERCENT = 11;
    static final int COORDINATES = 12;
    static final int AGE_RANGE = 13;
    static final int TALLY = 14;
    /** A list's or a set's, whose elements are read by the slot's element read. */
    static final int OTHER = 15;

    final int code;
    final Object parameter;
    /** A part's {@link Table} or a union's {@link UnionTable}: see {@link #table()}. */
    private Object table;

    private Read(int code, Object parameter) {
      this.code = code;
      this.parameter = parameter;
    }

    static Read of(int code, Object parameter) {
      return new Read(code, parameter);
    }

    static Read other(Function<ShapeReader, Object> read) {
      return new Read(OTHER, read);
    }

    Object read(ShapeReader reader) {
      return reader.read(this);
    }

    /**
     * Returns the table of a part's shape or of a union, found once and then kept here: a reader
     * of many lines would otherwise look it up for each object it reads. Any thread that finds it
     * finds the same table, made when this class was initialised.
     */
    Object table() {
      Object found = table;
      if (found == null) {
        found = code == PART ? TABLES.get((Shape<?>) parameter) : UNIONS.get((ValueType.Union<?>) parameter);
        table = found;
      }
      return found;
    }
  }

  /** The keys of a tally, and the name of its property, which names them in the plural. */
  @SuppressWarnings("rawtypes")
  record Tally(Class keys, String wireName) {}

  /** A property of a shape as the reader finds it by name. */
  static final class Slot {
    final String name;
    /** The name's bytes, for a reader of bytes: the format's names are ASCII. */
    final byte[] wire;
    final Property<?> property;
    final int index;
    final Read read;
    /** How one element of a list or set is read; for other properties, {@link #read}. */
    final Read element;
    final Presence presence;
    final boolean optional;
    final boolean inline;
    final boolean subject;
    /** The slot's place in its table, from 0. */
    int position;
    /** The slot expected next: properties mostly come in the format's order. */
    int after;
    /**
     * The last String the name was found as. Written by any thread that reads: a stale value only
     * costs one comparison of contents.
     */
    String seen;

    Slot(String name, Property<?> property, Read read, Read element, boolean optional, boolean inline,
        boolean subject) {
      this.name = name;
      this.wire = ascii(name);
      this.property = property;
      this.index = property.index();
      this.read = read;
      this.element = element;
      this.presence = property.presence();
      this.optional = optional;
      this.inline = inline;
      this.subject = subject;
    }
  }

  /** A shape's slots, in the format's order and by name. */
  static final class Table {
    final Shape<?> shape;
    final Slot[] slots;
    private final Map<String, Slot> byName = new HashMap<>();
    /** How many values the shape is made of. */
    final int width;
    Property<?> inline;
    Shape<?> inlineShape;
    Property<?> subject;
    private String subjectKeys;

    Table(Shape<?> shape) {
      this.shape = shape;
      width = shape.properties().size();
      List<Slot> slots = new ArrayList<>();
      for (Property<?> property : shape.properties()) {
        int first = slots.size();
        if (property.isInline()) {
          inline = property;
          inlineShape = ((ValueType.Part<?>) property.type()).shape();
          for (Property<?> part : inlineShape.properties()) {
            slots.add(slot(part, true));
          }
        } else if (property.type() instanceof ValueType.Subject) {
          subject = property;
          List<? extends ValueType.Id<?>> kinds = ((ValueType.Subject) property.type()).kinds();
          subjectKeys = kinds.stream().map(ValueType.Id::noun).collect(Collectors.joining(", "));
          for (ValueType.Id<?> kind : kinds) {
            Read read = reader(kind, kind.noun());
            slots.add(new Slot(kind.noun(), property, read, read, true, false, true));
          }
        } else {
          slots.add(slot(property, false));
        }
        for (int i = first; i < slots.size(); i++) {
          slots.get(i).after = slots.size();
        }
      }
      if (slots.size() > Long.SIZE) {
        throw new IllegalStateException(shape + " has more properties than a long has bits");
      }
      this.slots = slots.toArray(new Slot[0]);
      for (int i = 0; i < this.slots.length; i++) {
        this.slots[i].position = i;
        byName.put(this.slots[i].name, this.slots[i]);
      }
    }

    private static Slot slot(Property<?> property, boolean inline) {
      Read element = reader(property.type(), property.wireName());
      Read read = switch (property.presence()) {
        case REQUIRED, OPTIONAL -> element;
        case LIST -> Read.other(reader -> {
          List<Object> list = new ArrayList<>();
          reader.cursor.array(() -> list.add(element.read(reader)));
          return list;
        });
        case SET -> property.type() instanceof ValueType.Choice
            ? choiceSet((ValueType.Choice<?>) property.type())
            : Read.other(reader -> reader.values.distinct(() -> element.read(reader)));
      };
      return new Slot(property.wireName(), property, read, element, property.presence() != Presence.REQUIRED, inline,
          false);
    }

    private static <E extends Enum<E>> Read choiceSet(ValueType.Choice<E> type) {
      return Read.other(reader -> reader.values.choiceSet(type.type()));
    }

    /**
     * Finds a property's slot, looking first at the slots after the last one found: properties
     * mostly come in the format's order, some left out.
     */
    Slot find(String name, int next) {
      for (int i = next; i < slots.length; i++) {
        Slot slot = slots[i];
        // Jackson gives the same String for every occurrence of a name; compare it by reference first.
        if (slot.seen == name) {
          return slot;
        }
        if (slot.name.equals(name)) {
          slot.seen = name;
          return slot;
        }
      }
      return byName.get(name);
    }
  }

  /** The bytes of a name of the format, which is ASCII. */
  static byte[] ascii(String name) {
    return name.getBytes(StandardCharsets.US_ASCII);
  }

  /** Makes the reader of each value type. */
  private static final class Compiler implements ValueType.Visitor<Read> {
    private final String wireName;

    Compiler(String wireName) {
      this.wireName = wireName;
    }

    @Override
    public Read id(ValueType.Id<?> type) {
      return Read.of(Read.ID, type.of());
    }

    @Override
    public Read text(ValueType.Text type) {
      return Read.of(Read.STRING, null);
    }

    @Override
    public Read scalar(ValueType.Scalar<?> type) {
      return switch (type.kind()) {
        case CODE -> Read.of(Read.CODE, null);
        case COUNTRY -> Read.of(Read.STRING, null);
        case DATE -> Read.of(Read.DATE, null);
        case COUNT -> Read.of(Read.COUNT, null);
        case PERCENT -> Read.of(Read.PERCENT, null);
        case FLAG -> Read.of(Read.FLAG, null);
        case COORDINATES -> Read.of(Read.COORDINATES, null);
        case AGE_RANGE -> Read.of(Read.AGE_RANGE, null);
      };
    }

    @Override
    public Read whole(ValueType.Whole<?> type) {
      // The model checks the range, and names it in its refusal.
      if (type.type() == Long.class) {
        return Read.of(Read.LONG, null);
      }
      return Read.of(Read.INT, null);
    }

    @Override
    public Read choice(ValueType.Choice<?> type) {
      return Read.of(Read.CHOICE, Codes.vocabulary(type.type()));
    }

    @Override
    public Read tally(ValueType.Tally<?> type) {
      return Read.of(Read.TALLY, new Tally(type.keys(), wireName));
    }

    @Override
    public Read part(ValueType.Part<?> type) {
      return Read.of(Read.PART, type.shape());
    }

    @Override
    public Read union(ValueType.Union<?> type) {
      return Read.of(Read.UNION, type);
    }

    @Override
    public Read subject(ValueType.Subject type) {
      throw new IllegalStateException("a subject is read by its keys, not as one value");
    }
  }
}
