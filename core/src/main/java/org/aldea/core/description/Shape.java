package org.aldea.core.description;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The description of an object of the model, an entity or a part of one: its properties in the
 * exchange format's order, the rules across them, and how to build one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the Java type
 */
public final class Shape<T> {
  private final String name;
  private final String article;
  private final Class<T> type;
  private final String summary;
  private final List<Property<T>> properties;
  private final Map<String, Property<T>> byWireName;
  private final List<Constraint> constraints;
  private final Function<Object[], T> make;

  private Shape(Builder<T> builder) {
    this.name = builder.name;
    this.article = builder.article;
    this.type = builder.type;
    this.summary = builder.summary;
    this.properties = List.copyOf(builder.properties);
    this.constraints = List.copyOf(builder.constraints);
    this.make = java.util.Objects.requireNonNull(builder.make, name + " has no make function");
    Map<String, Property<T>> names = new HashMap<>();
    for (Property<T> property : properties) {
      if (names.put(property.wireName(), property) != null) {
        throw new IllegalStateException(name + " has two properties " + property.wireName());
      }
    }
    this.byWireName = Map.copyOf(names);
  }

  /**
   * Starts describing a shape.
   *
   * @param <T> the Java type
   * @param name the shape's name, as the JSON Schema's definitions name it ({@code child})
   * @param article how messages name one ({@code a child})
   * @param type the Java type
   * @return a builder of the description
   */
  public static <T> Builder<T> of(String name, String article, Class<T> type) {
    return new Builder<>(name, article, type);
  }

  /** {@return the shape's name, as the JSON Schema's definitions name it} */
  public String name() {
    return name;
  }

  /** {@return how messages name one, with its article: {@code a child}} */
  public String article() {
    return article;
  }

  /** {@return the Java type} */
  public Class<T> type() {
    return type;
  }

  /** {@return what it is, in a sentence or two, for the JSON Schema; may be empty} */
  public String summary() {
    return summary;
  }

  /** {@return the properties, in the order the exchange format writes them} */
  public List<Property<T>> properties() {
    return properties;
  }

  /**
   * Returns the property with a name.
   *
   * @param wireName the name
   * @return the property
   */
  public Optional<Property<T>> property(String wireName) {
    return Optional.ofNullable(byWireName.get(wireName));
  }

  /** {@return the rules across the properties} */
  public List<Constraint> constraints() {
    return constraints;
  }

  /**
   * Makes a value from the values of its properties, each at its property's {@linkplain
   * Property#index() index}, checking it as the model's builders do.
   *
   * @param values the values: {@code null} for an absent one; a {@link java.util.Collection} for a
   *     list or a set, a {@link java.util.Map} for a tally
   * @return the value
   * @throws org.aldea.core.InvalidValueException if the value breaks a rule of the model, or a
   *     required property is missing
   */
  public T make(Object[] values) {
    return make.apply(values);
  }

  /**
   * Returns the values of a value's properties, each at its property's index: what {@link #make}
   * takes.
   *
   * @param value a value of this shape
   * @return its properties' values, as {@link Property#valueIn} gives them
   */
  public Object[] valuesOf(T value) {
    Object[] values = new Object[properties.size()];
    for (Property<T> property : properties) {
      values[property.index()] = property.valueIn(value);
    }
    return values;
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * Describes a shape, property by property.
   *
   * @param <T> the Java type
   */
  public static final class Builder<T> {
    private final String name;
    private final String article;
    private final Class<T> type;
    private final List<Property<T>> properties = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private String summary = "";
    private Function<Object[], T> make;

    private Builder(String name, String article, Class<T> type) {
      this.name = name;
      this.article = article;
      this.type = type;
    }

    /**
     * Says what the shape is.
     *
     * @param summary a sentence or two
     * @return this builder
     */
    public Builder<T> summary(String summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Adds a required property.
     *
     * @param <V> the value's type
     * @param wireName its wire name
     * @param type its value type
     * @param protection its data-protection class
     * @param getter reads it
     * @return this builder
     */
    public <V> Builder<T> required(String wireName, ValueType<V> type, Protection protection,
        Function<T, ? extends V> getter) {
      return add(wireName, type, Presence.REQUIRED, protection, false, getter);
    }

    /**
     * Adds an optional property.
     *
     * @param <V> the value's type
     * @param wireName its wire name
     * @param type its value type
     * @param protection its data-protection class
     * @param getter reads it, {@code null} if absent
     * @return this builder
     */
    public <V> Builder<T> optional(String wireName, ValueType<V> type, Protection protection,
        Function<T, ? extends V> getter) {
      return add(wireName, type, Presence.OPTIONAL, protection, false, getter);
    }

    /**
     * Adds a list.
     *
     * @param <V> the elements' type
     * @param wireName its wire name
     * @param type the elements' value type
     * @param protection its data-protection class
     * @param getter reads it
     * @return this builder
     */
    public <V> Builder<T> list(String wireName, ValueType<V> type, Protection protection,
        Function<T, ? extends java.util.Collection<? extends V>> getter) {
      return add(wireName, type, Presence.LIST, protection, false, getter);
    }

    /**
     * Adds a set.
     *
     * @param <V> the elements' type
     * @param wireName its wire name
     * @param type the elements' value type
     * @param protection its data-protection class
     * @param getter reads it
     * @return this builder
     */
    public <V> Builder<T> set(String wireName, ValueType<V> type, Protection protection,
        Function<T, ? extends java.util.Collection<? extends V>> getter) {
      return add(wireName, type, Presence.SET, protection, false, getter);
    }

    /**
     * Adds a required part whose properties the wire writes in this shape's object.
     *
     * @param <V> the part's type
     * @param name the part's name in Java
     * @param part the part's shape
     * @param getter reads it
     * @return this builder
     */
    public <V> Builder<T> inline(String name, Shape<V> part, Function<T, V> getter) {
      return add(name, new ValueType.Part<>(part), Presence.REQUIRED, Protection.NOT_PERSONAL, true, getter);
    }

    /**
     * Adds a rule across properties.
     *
     * @param constraint the rule
     * @return this builder
     */
    public Builder<T> constraint(Constraint constraint) {
      constraints.add(constraint);
      return this;
    }

    private Builder<T> add(String wireName, ValueType<?> type, Presence presence, Protection protection,
        boolean inline, Function<T, ?> getter) {
      properties.add(new Property<>(wireName, type, presence, protection, inline, properties.size(), getter));
      return this;
    }

    /**
     * Says how to make a value from its properties' values, in the order they were added.
     *
     * @param make takes the values ({@code null} for an absent one) and builds the value, checking it
     * @return this builder
     */
    public Builder<T> make(Function<Object[], T> make) {
      this.make = make;
      return this;
    }

    /** {@return the shape} */
    public Shape<T> build() {
      return new Shape<>(this);
    }
  }
}
