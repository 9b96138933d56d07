package org.aldea.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.aldea.core.InvalidValueException;
import org.aldea.core.description.Property;
import org.aldea.core.description.Shape;
import org.aldea.core.description.ValueType;
import org.aldea.core.value.Code;
import org.aldea.core.value.PartialDate;

/** A union's properties besides the discriminator, numbered, and which each variant has. */
final class UnionTable {
  final List<String> tags = new ArrayList<>();
  /** The bytes of the discriminator's name, of each tag and of each name, for a reader of bytes. */
  final byte[] discriminator;
  final byte[][] tagBytes;
  final byte[][] nameBytes;
  final String[] names;
  /**
   * How each property's value is made from its string: a {@link ShapeReader.Read} of a string-valued
   * type.
   */
  final ShapeReader.Read[] kinds;
  final int[] allowed;
  /** Each variant's shape. */
  final Shape<?>[] shapes;
  /** Each variant's properties, in its shape's order, as numbers of {@link #names}. */
  final int[][] properties;
  /** The other way round: where each of {@link #names} is in each variant's shape, or -1. */
  final int[][] positions;

  UnionTable(ValueType.Union<?> union) {
    List<String> names = new ArrayList<>();
    List<ShapeReader.Read> kinds = new ArrayList<>();
    allowed = new int[union.variants().size()];
    shapes = new Shape<?>[allowed.length];
    properties = new int[allowed.length][];
    positions = new int[allowed.length][];
    for (int v = 0; v < allowed.length; v++) {
      ValueType.Variant<?> variant = union.variants().get(v);
      tags.add(variant.tag());
      shapes[v] = variant.shape();
      properties[v] = new int[variant.shape().properties().size()];
      for (Property<?> property : variant.shape().properties()) {
        int index = names.indexOf(property.wireName());
        if (index < 0) {
          index = names.size();
          names.add(property.wireName());
          ShapeReader.Read kind = ShapeReader.reader(property.type(), property.wireName());
          if (kind.code > ShapeReader.Read.CHOICE) {
            throw new IllegalStateException("a union's properties are strings on the wire, not " + property);
          }
          kinds.add(kind);
        }
        allowed[v] |= 1 << index;
        properties[v][property.index()] = index;
      }
    }
    this.names = names.toArray(new String[0]);
    for (int v = 0; v < allowed.length; v++) {
      positions[v] = new int[this.names.length];
      Arrays.fill(positions[v], -1);
      for (int i = 0; i < properties[v].length; i++) {
        positions[v][properties[v][i]] = i;
      }
    }
    this.kinds = kinds.toArray(new ShapeReader.Read[0]);
    this.discriminator = ShapeReader.ascii(union.discriminator());
    this.tagBytes = tags.stream().map(ShapeReader::ascii).toArray(byte[][]::new);
    this.nameBytes = names.stream().map(ShapeReader::ascii).toArray(byte[][]::new);
  }

  int variant(String tag) {
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).equals(tag)) {
        return i;
      }
    }
    return -1;
  }

  /** Makes a property's value from its string. */
  @SuppressWarnings("unchecked")
  Object convert(int property, String value) {
    ShapeReader.Read kind = kinds[property];
    switch (kind.code) {
      case ShapeReader.Read.DATE:
        return PartialDate.parse(value);
      case ShapeReader.Read.ID:
        return ((Function<String, ?>) kind.parameter).apply(value);
      case ShapeReader.Read.CHOICE:
        Object constant = Codes.constant((Codes.Vocabulary) kind.parameter, value);
        if (constant == null) {
          throw new InvalidValueException("value", "unknown value");
        }
        return constant;
      case ShapeReader.Read.CODE:
        return Code.of(value);
      default:
        return value;
    }
  }

  int index(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
