package org.aldea.json.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.aldea.core.description.Model;
import org.aldea.core.description.Property;
import org.aldea.core.description.Shape;
import org.aldea.core.description.ValueType;
import org.aldea.core.model.Dataset;

/**
 * The types of the model that have a wire form of their own, found by walking the {@linkplain Model
 * description}: the document, every shape but a union's variants (which are read and written
 * through their union), the unions, and the ids and value types of {@code org.aldea.core}.
 */
public final class WireTypes {
  private static final Map<Class<?>, ValueType<?>> TYPES = collect();

  private WireTypes() {}

  /** {@return the types with a wire form, {@link Dataset} first} */
  public static Set<Class<?>> all() {
    return TYPES.keySet();
  }

  /** Returns the value type of a type with a wire form other than {@link Dataset}, or null. */
  static ValueType<?> of(Class<?> type) {
    return TYPES.get(type);
  }

  private static Map<Class<?>, ValueType<?>> collect() {
    Map<Class<?>, ValueType<?>> types = new LinkedHashMap<>();
    types.put(Dataset.class, null);
    Collector collector = new Collector(types);
    for (Shape<?> shape : Model.shapes()) {
      for (Property<?> property : shape.properties()) {
        property.type().accept(collector);
      }
    }
    for (Shape<?> shape : Model.shapes()) {
      if (!collector.variants.contains(shape.type())) {
        types.putIfAbsent(shape.type(), new ValueType.Part<>(shape));
      }
    }
    return types;
  }

  /** Adds the value types of org.aldea.core a property has; remembers the variants of unions. */
  private static final class Collector implements ValueType.Visitor<Void> {
    private final Map<Class<?>, ValueType<?>> types;
    final java.util.Set<Class<?>> variants = new java.util.HashSet<>();

    Collector(Map<Class<?>, ValueType<?>> types) {
      this.types = types;
    }

    @Override
    public Void id(ValueType.Id<?> type) {
      types.putIfAbsent(type.type(), type);
      return null;
    }

    @Override
    public Void scalar(ValueType.Scalar<?> type) {
      if (type.type().getPackageName().startsWith("org.aldea.core")) {
        types.putIfAbsent(type.type(), type);
      }
      return null;
    }

    @Override
    public Void union(ValueType.Union<?> type) {
      types.putIfAbsent(type.type(), type);
      type.variants().forEach(variant -> variants.add(variant.shape().type()));
      return null;
    }

    @Override
    public Void subject(ValueType.Subject type) {
      type.kinds().forEach(this::id);
      return null;
    }

    @Override
    public Void text(ValueType.Text type) {
      return null;
    }

    @Override
    public Void whole(ValueType.Whole<?> type) {
      return null;
    }

    @Override
    public Void choice(ValueType.Choice<?> type) {
      return null;
    }

    @Override
    public Void tally(ValueType.Tally<?> type) {
      return null;
    }

    @Override
    public Void part(ValueType.Part<?> type) {
      return null;
    }
  }
}
