package org.aldea.json.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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

/**
 * Writes the exchange format canonically, as the model's description says: properties in the
 * described order (id first), absent optionals and empty collections omitted, sets sorted by their
 * wire value, booleans always written, so that the same value always gives the same bytes.
 */
public final class WireWriter {
  /** Writes one value of a type. */
  @FunctionalInterface
  private interface Write {
    void write(JsonGenerator out, Object value);
  }

  /** The writer of every shape, made once from the description. */
  private static final Map<Shape<?>, Write> SHAPES = new IdentityHashMap<>();

  static {
    for (Shape<?> shape : Model.shapes()) {
      SHAPES.put(shape, null);
    }
    for (Shape<?> shape : Model.shapes()) {
      SHAPES.put(shape, objectWriter(shape));
    }
  }

  private static final ClassValue<Write> BY_CLASS = new ClassValue<>() {
    @Override
    protected Write computeValue(Class<?> type) {
      for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
        Write write = writerOf(candidate);
        if (write != null) {
          return write;
        }
        for (Class<?> face : candidate.getInterfaces()) {
          write = writerOf(face);
          if (write != null) {
            return write;
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
    Write write = SHAPES.get(kind.shape());
    out.writeName(kind.wireName());
    out.writeStartArray();
    for (T entity : kind.in(dataset)) {
      write.write(out, entity);
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
    Write write = BY_CLASS.get(value.getClass());
    if (write == null) {
      throw new IllegalArgumentException("not a type of the Aldea model: " + value.getClass().getName());
    }
    write.write(out, value);
  }

  private static Write writerOf(Class<?> type) {
    ValueType<?> valueType = WireTypes.of(type);
    return valueType == null ? null : valueType.accept(new Compiler());
  }

  /** Writes an object of a shape, its inline parts' properties in its own object. */
  private static <T> Write objectWriter(Shape<T> shape) {
    List<Write> properties = new ArrayList<>();
    collect(shape, properties);
    Write[] writes = properties.toArray(new Write[0]);
    return (out, value) -> {
      out.writeStartObject();
      for (Write write : writes) {
        write.write(out, value);
      }
      out.writeEndObject();
    };
  }

  /** Adds the writers of a shape's properties, each taking the shape's value. */
  private static <T> void collect(Shape<T> shape, List<Write> writes) {
    for (Property<T> property : shape.properties()) {
      if (property.isInline()) {
        List<Write> inline = new ArrayList<>();
        collect(((ValueType.Part<?>) property.type()).shape(), inline);
        writes.add((out, owner) -> {
          Object part = property.valueIn(shape.type().cast(owner));
          inline.forEach(write -> write.write(out, part));
        });
      } else if (property.type() instanceof ValueType.Subject) {
        ValueType.Subject subject = (ValueType.Subject) property.type();
        writes.add((out, owner) -> {
          OutcomeSubject id = (OutcomeSubject) property.valueIn(shape.type().cast(owner));
          out.writeStringProperty(subject.kindOf(id).noun(), id.value());
        });
      } else {
        Write value = value(property);
        String name = property.wireName();
        writes.add((out, owner) -> {
          Object content = property.valueIn(shape.type().cast(owner));
          if (content == null || content instanceof Collection && ((Collection<?>) content).isEmpty()) {
            return;
          }
          out.writeName(name);
          value.write(out, content);
        });
      }
    }
  }

  /** The writer of a property's value: one value, or a list or set of them. */
  private static Write value(Property<?> property) {
    Write element = property.type().accept(new Compiler());
    return switch (property.presence()) {
      case REQUIRED, OPTIONAL -> element;
      case LIST -> (out, values) -> {
        out.writeStartArray();
        for (Object value : (Collection<?>) values) {
          element.write(out, value);
        }
        out.writeEndArray();
      };
      case SET -> property.type() instanceof ValueType.Choice
          ? choiceSet((ValueType.Choice<?>) property.type())
          : (out, values) -> {
            out.writeStartArray();
            ((Collection<?>) values).stream().map(WireWriter::wireString).sorted(Comparator.naturalOrder())
                .forEach(out::writeString);
            out.writeEndArray();
          };
    };
  }

  /** A set of values written as strings (ids), sorted by their wire form. */
  private static String wireString(Object value) {
    return ((EntityId) value).value();
  }

  /** Writes a set of constants in the order of their codes. */
  private static <E extends Enum<E>> Write choiceSet(ValueType.Choice<E> type) {
    E[] inCodeOrder = Codes.inCodeOrder(type.type());
    return (out, values) -> {
      Collection<?> set = (Collection<?>) values;
      out.writeStartArray();
      for (E constant : inCodeOrder) {
        if (set.contains(constant)) {
          out.writeString(Codes.code(constant));
        }
      }
      out.writeEndArray();
    };
  }

  /** Makes the writer of each value type. */
  private static final class Compiler implements ValueType.Visitor<Write> {
    @Override
    public Write id(ValueType.Id<?> type) {
      return (out, value) -> out.writeString(((EntityId) value).value());
    }

    @Override
    public Write text(ValueType.Text type) {
      return (out, value) -> out.writeString((String) value);
    }

    @Override
    public Write scalar(ValueType.Scalar<?> type) {
      return switch (type.kind()) {
        case CODE -> (out, value) -> out.writeString(((Code) value).value());
        case COUNTRY -> (out, value) -> out.writeString((String) value);
        case DATE -> (out, value) -> out.writeString(value.toString());
        case COUNT -> (out, value) -> count(out, (Count) value);
        case PERCENT -> (out, value) -> out.writeNumber(((Percent) value).value());
        case FLAG -> (out, value) -> out.writeBoolean((Boolean) value);
        case COORDINATES -> (out, value) -> {
          Coordinates coordinates = (Coordinates) value;
          out.writeStartObject();
          out.writeNumberProperty("lat", coordinates.latitude());
          out.writeNumberProperty("lon", coordinates.longitude());
          out.writeEndObject();
        };
        case AGE_RANGE -> (out, value) -> {
          AgeRange range = (AgeRange) value;
          out.writeStartObject();
          out.writeNumberProperty("min", range.min());
          out.writeNumberProperty("under", range.under());
          out.writeEndObject();
        };
      };
    }

    private static void count(JsonGenerator out, Count count) {
      if (count.isExact()) {
        out.writeNumber(count.value());
        return;
      }
      out.writeStartObject();
      out.writeNumberProperty(switch (count.qualifier()) {
        case ABOUT -> "about";
        case UP_TO -> "upTo";
        case AT_LEAST -> "atLeast";
        case MORE_THAN -> "moreThan";
        case EXACTLY -> throw new IllegalStateException("an exact count is a number");
      }, count.value());
      out.writeEndObject();
    }

    @Override
    public Write whole(ValueType.Whole<?> type) {
      return type.type() == Long.class
          ? (out, value) -> out.writeNumber((long) (Long) value)
          : (out, value) -> out.writeNumber((int) (Integer) value);
    }

    @Override
    public Write choice(ValueType.Choice<?> type) {
      return (out, value) -> out.writeString(Codes.code((Enum<?>) value));
    }

    @Override
    public Write tally(ValueType.Tally<?> type) {
      return tallyOf(type);
    }

    private static <E extends Enum<E>> Write tallyOf(ValueType.Tally<E> type) {
      E[] inCodeOrder = Codes.inCodeOrder(type.keys());
      return (out, value) -> {
        Map<?, ?> tally = (Map<?, ?>) value;
        out.writeStartObject();
        for (E key : inCodeOrder) {
          Object number = tally.get(key);
          if (number != null) {
            out.writeNumberProperty(Codes.code(key), (Integer) number);
          }
        }
        out.writeEndObject();
      };
    }

    @Override
    public Write part(ValueType.Part<?> type) {
      Shape<?> shape = type.shape();
      // Looked up when writing: the shapes' writers are made in turn, and may refer to each other.
      return (out, value) -> SHAPES.get(shape).write(out, value);
    }

    @Override
    public Write union(ValueType.Union<?> type) {
      Map<Class<?>, Write> variants = new IdentityHashMap<>();
      for (ValueType.Variant<?> variant : type.variants()) {
        List<Write> properties = new ArrayList<>();
        collect(variant.shape(), properties);
        Write[] writes = properties.toArray(new Write[0]);
        String discriminator = type.discriminator();
        String tag = variant.tag();
        variants.put(variant.shape().type(), (out, value) -> {
          out.writeStartObject();
          out.writeStringProperty(discriminator, tag);
          for (Write write : writes) {
            write.write(out, value);
          }
          out.writeEndObject();
        });
      }
      return (out, value) -> {
        Write variant = variants.get(value.getClass());
        if (variant == null) {
          throw new IllegalStateException("the description has no variant " + value.getClass().getSimpleName());
        }
        variant.write(out, value);
      };
    }

    @Override
    public Write subject(ValueType.Subject type) {
      return (out, value) -> out.writeString(((EntityId) value).value());
    }
  }
}
