package org.aldea.json.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.aldea.core.description.EntityKind;
import org.aldea.core.description.Model;
import org.aldea.core.description.Property;
import org.aldea.core.description.Shape;
import org.aldea.core.description.ValueType;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.model.Dataset;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.Code;
import org.aldea.core.value.Coordinates;
import org.aldea.core.value.Count;
import org.aldea.core.value.Percent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes the exchange format canonically, as the model's description says: properties in the
 * described order (id first), absent optionals and empty collections omitted, sets sorted by their
 * wire value, booleans always written, so that the same value always gives the same bytes.
 *
 * <p>Each shape is written from a table made once from the description: its properties' getters,
 * their names encoded once, and a code per value type, written by a switch whose calls the compiler
 * can inline.
 */
public final class WireWriter {
  // The codes of the value types; the types written as strings first.
  private static final int STRING = 0;
  private static final int ID = 1;
  private static final int CODE = 2;
  private static final int DATE = 3;
  private static final int CHOICE = 4;
  private static final int COUNT = 5;
  private static final int PERCENT = 6;
  private static final int FLAG = 7;
  private static final int INT = 8;
  private static final int LONG = 9;
  private static final int COORDINATES = 10;
  private static final int AGE_RANGE = 11;
  private static final int TALLY = 12;
  private static final int PART = 13;
  private static final int UNION = 14;

  /** How to write one value: its type's code, and the table or vocabulary it needs. */
  private record Step(int code, Object parameter) {}

  /** One property of a shape's table. */
  private record Slot(Property<Object> property, SerializableString name, Step step, int presence) {}

  private static final int SINGLE = 0;
  private static final int LIST = 1;
  private static final int SET = 2;
  private static final int CHOICE_SET = 3;
  private static final int INLINE = 4;
  private static final int SUBJECT = 5;

  /** A shape's properties, in the format's order. */
  private record Table(Slot[] slots) {}

  /** A union's variants by Java class, each its discriminator's value and table. */
  private record Variants(SerializableString discriminator, Map<Class<?>, SerializableString> tags,
      Map<Class<?>, Table> tables) {}

  private static final Map<Shape<?>, Table> TABLES = new IdentityHashMap<>();

  static {
    for (Shape<?> shape : Model.shapes()) {
      TABLES.put(shape, table(shape));
    }
  }

  /** The step of each type with a wire form of its own, for {@link #any}. */
  private static final ClassValue<Step> BY_CLASS = new ClassValue<>() {
    @Override
    protected Step computeValue(Class<?> type) {
      for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
        Step step = stepOf(candidate);
        if (step != null) {
          return step;
        }
        for (Class<?> face : candidate.getInterfaces()) {
          step = stepOf(face);
          if (step != null) {
            return step;
          }
        }
      }
      return null;
    }
  };

  private final JsonGenerator out;

  /**
   * Creates a writer.
   *
   * @param out the generator to write to
   */
  public WireWriter(JsonGenerator out) {
    this.out = out;
  }

  /** Writes an exchange document. */
  public void dataset(Dataset dataset) {
    out.writeStartObject();
    out.writeStringProperty("schemaVersion", dataset.schemaVersion());
    for (EntityKind<?> kind : EntityKind.values()) {
      entities(kind, dataset);
    }
    out.writeEndObject();
  }

  private <T> void entities(EntityKind<T> kind, Dataset dataset) {
    Table table = TABLES.get(kind.shape());
    out.writeName(kind.wireName());
    out.writeStartArray();
    for (T entity : kind.in(dataset)) {
      object(table, entity);
    }
    out.writeEndArray();
  }

  /** Writes the header line of an NDJSON stream. */
  public void ndjsonHeader(String schemaVersion, String kind) {
    out.writeStartObject();
    out.writeStringProperty("schemaVersion", schemaVersion);
    out.writeStringProperty("kind", kind);
    out.writeEndObject();
  }

  /**
   * Writes any value of a type with a wire form ({@link WireTypes}).
   *
   * @throws IllegalArgumentException if the value's type has none
   */
  public void any(Object value) {
    if (value instanceof Dataset) {
      dataset((Dataset) value);
      return;
    }
    Step step = BY_CLASS.get(value.getClass());
    if (step == null) {
      throw new IllegalArgumentException("not a type of the Aldea model: " + value.getClass().getName());
    }
    value(step, value);
  }

  private void object(Table table, Object owner) {
    out.writeStartObject();
    properties(table, owner);
    out.writeEndObject();
  }

  private void properties(Table table, Object owner) {
    for (Slot slot : table.slots()) {
      Object value = slot.property().valueIn(owner);
      if (value == null) {
        continue;
      }
      switch (slot.presence()) {
        case SINGLE:
          out.writeName(slot.name());
          value(slot.step(), value);
          break;
        case INLINE:
          properties((Table) slot.step().parameter(), value);
          break;
        case SUBJECT:
          OutcomeSubject subject = (OutcomeSubject) value;
          out.writeName(((ValueType.Subject) slot.step().parameter()).kindOf(subject).noun());
          out.writeString(subject.value());
          break;
        default:
          Collection<?> values = (Collection<?>) value;
          if (!values.isEmpty()) {
            out.writeName(slot.name());
            collection(slot, values);
          }
      }
    }
  }

  private void collection(Slot slot, Collection<?> values) {
    out.writeStartArray();
    switch (slot.presence()) {
      case LIST:
        for (Object value : values) {
          value(slot.step(), value);
        }
        break;
      case CHOICE_SET:
        for (Enum<?> constant : (Enum<?>[]) slot.step().parameter()) {
          if (values.contains(constant)) {
            out.writeString(Codes.code(constant));
          }
        }
        break;
      default:
        // A set of ids, sorted by its wire value.
        String[] ids = new String[values.size()];
        int i = 0;
        for (Object value : values) {
          ids[i++] = ((EntityId) value).value();
        }
        java.util.Arrays.sort(ids);
        for (String id : ids) {
          out.writeString(id);
        }
    }
    out.writeEndArray();
  }

  private void value(Step step, Object value) {
    switch (step.code()) {
      case STRING:
        out.writeString((String) value);
        break;
      case ID:
        out.writeString(((EntityId) value).value());
        break;
      case CODE:
        out.writeString(((Code) value).value());
        break;
      case DATE:
        out.writeString(value.toString());
        break;
      case CHOICE:
        out.writeString(Codes.code((Enum<?>) value));
        break;
      case COUNT:
        count((Count) value);
        break;
      case PERCENT:
        out.writeNumber(((Percent) value).value());
        break;
      case FLAG:
        out.writeBoolean((Boolean) value);
        break;
      case INT:
        out.writeNumber((int) (Integer) value);
        break;
      case LONG:
        out.writeNumber((long) (Long) value);
        break;
      case COORDINATES:
        Coordinates coordinates = (Coordinates) value;
        out.writeStartObject();
        out.writeNumberProperty("lat", coordinates.latitude());
        out.writeNumberProperty("lon", coordinates.longitude());
        out.writeEndObject();
        break;
      case AGE_RANGE:
        AgeRange range = (AgeRange) value;
        out.writeStartObject();
        out.writeNumberProperty("min", range.min());
        out.writeNumberProperty("under", range.under());
        out.writeEndObject();
        break;
      case TALLY:
        Map<?, ?> tally = (Map<?, ?>) value;
        out.writeStartObject();
        for (Enum<?> key : (Enum<?>[]) step.parameter()) {
          Object number = tally.get(key);
          if (number != null) {
            out.writeNumberProperty(Codes.code(key), (Integer) number);
          }
        }
        out.writeEndObject();
        break;
      case PART:
        object((Table) step.parameter(), value);
        break;
      default:
        Variants variants = (Variants) step.parameter();
        Table table = variants.tables().get(value.getClass());
        if (table == null) {
          throw new IllegalStateException("the description has no variant " + value.getClass().getSimpleName());
        }
        out.writeStartObject();
        out.writeName(variants.discriminator());
        out.writeString(variants.tags().get(value.getClass()));
        properties(table, value);
        out.writeEndObject();
    }
  }

  private void count(Count count) {
    if (count.isExact()) {
      out.writeNumber(count.value());
      return;
    }
    out.writeStartObject();
    out.writeNumberProperty(Codes.countKey(count.qualifier()), count.value());
    out.writeEndObject();
  }

  private static Step stepOf(Class<?> type) {
    ValueType<?> valueType = WireTypes.of(type);
    return valueType == null ? null : valueType.accept(new Steps());
  }

  @SuppressWarnings("unchecked")
  private static Table table(Shape<?> shape) {
    List<Slot> slots = new ArrayList<>();
    for (Property<?> described : shape.properties()) {
      Property<Object> property = (Property<Object>) described;
      SerializableString name = new SerializedString(property.wireName());
      if (property.isInline()) {
        Shape<?> part = ((ValueType.Part<?>) property.type()).shape();
        // Made here rather than looked up: a shape's table may be made before its parts'.
        slots.add(new Slot(property, name, new Step(PART, table(part)), INLINE));
      } else if (property.type() instanceof ValueType.Subject) {
        slots.add(new Slot(property, name, new Step(ID, property.type()), SUBJECT));
      } else {
        Step step = property.type().accept(new Steps());
        int presence = switch (property.presence()) {
          case REQUIRED, OPTIONAL -> SINGLE;
          case LIST -> LIST;
          case SET -> step.code() == CHOICE ? CHOICE_SET : SET;
        };
        if (presence == CHOICE_SET) {
          step = new Step(CHOICE, Codes.inCodeOrder((Class) ((ValueType.Choice<?>) property.type()).type()));
        }
        slots.add(new Slot(property, name, step, presence));
      }
    }
    return new Table(slots.toArray(new Slot[0]));
  }

  /** The step of each value type. */
  private static final class Steps implements ValueType.Visitor<Step> {
    @Override
    public Step id(ValueType.Id<?> type) {
      return new Step(ID, null);
    }

    @Override
    public Step text(ValueType.Text type) {
      return new Step(STRING, null);
    }

    @Override
    public Step scalar(ValueType.Scalar<?> type) {
      return switch (type.kind()) {
        case CODE -> new Step(CODE, null);
        case COUNTRY -> new Step(STRING, null);
        case DATE -> new Step(DATE, null);
        case COUNT -> new Step(COUNT, null);
        case PERCENT -> new Step(PERCENT, null);
        case FLAG -> new Step(FLAG, null);
        case COORDINATES -> new Step(COORDINATES, null);
        case AGE_RANGE -> new Step(AGE_RANGE, null);
      };
    }

    @Override
    public Step whole(ValueType.Whole<?> type) {
      return new Step(type.type() == Long.class ? LONG : INT, null);
    }

    @Override
    public Step choice(ValueType.Choice<?> type) {
      return new Step(CHOICE, null);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Step tally(ValueType.Tally<?> type) {
      return new Step(TALLY, Codes.inCodeOrder((Class) type.keys()));
    }

    @Override
    public Step part(ValueType.Part<?> type) {
      Table table = TABLES.get(type.shape());
      return new Step(PART, table != null ? table : WireWriter.table(type.shape()));
    }

    @Override
    public Step union(ValueType.Union<?> type) {
      Map<Class<?>, SerializableString> tags = new IdentityHashMap<>();
      Map<Class<?>, Table> tables = new IdentityHashMap<>();
      for (ValueType.Variant<?> variant : type.variants()) {
        tags.put(variant.shape().type(), new SerializedString(variant.tag()));
        tables.put(variant.shape().type(), WireWriter.table(variant.shape()));
      }
      return new Step(UNION, new Variants(new SerializedString(type.discriminator()), tags, tables));
    }

    @Override
    public Step subject(ValueType.Subject type) {
      return new Step(ID, null);
    }
  }
}
