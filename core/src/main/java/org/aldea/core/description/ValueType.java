package org.aldea.core.description;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.OutcomeSubject;

/**
 * The type of a property's value, as the exchange format writes it. The list is closed, and every
 * use of it goes through a {@link Visitor}, so that a new type fails to compile wherever it is not
 * handled rather than falling into an {@code else}.
 *
 * @param <V> the Java type of a value
 */
public sealed interface ValueType<V>
    permits ValueType.Id, ValueType.Text, ValueType.Scalar, ValueType.Whole, ValueType.Choice,
        ValueType.Tally, ValueType.Part, ValueType.Union, ValueType.Subject {

  /**
   * Calls the visitor's method for this type.
   *
   * @param <R> what the visitor returns
   * @param visitor the visitor
   * @return what it returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Returns the shapes a value of this type is made of: a part's shape, a union's variants.
   *
   * @return the shapes, empty for other types
   */
  default List<Shape<?>> shapes() {
    return List.of();
  }

  /**
   * One method per value type.
   *
   * @param <R> what the methods return
   */
  interface Visitor<R> {
    /**
     * Visits an id.
     *
     * @param type the type
     * @return a result
     */
    R id(Id<?> type);

    /**
     * Visits a text.
     *
     * @param type the type
     * @return a result
     */
    R text(Text type);

    /**
     * Visits a scalar.
     *
     * @param type the type
     * @return a result
     */
    R scalar(Scalar<?> type);

    /**
     * Visits a whole number.
     *
     * @param type the type
     * @return a result
     */
    R whole(Whole<?> type);

    /**
     * Visits a code from a closed list.
     *
     * @param type the type
     * @return a result
     */
    R choice(Choice<?> type);

    /**
     * Visits a tally.
     *
     * @param type the type
     * @return a result
     */
    R tally(Tally<?> type);

    /**
     * Visits a part.
     *
     * @param type the type
     * @return a result
     */
    R part(Part<?> type);

    /**
     * Visits a union.
     *
     * @param type the type
     * @return a result
     */
    R union(Union<?> type);

    /**
     * Visits an outcome's subject.
     *
     * @param type the type
     * @return a result
     */
    R subject(Subject type);
  }

  /**
   * The id of an entity, or a reference to one: a string on the wire.
   *
   * @param <I> the id type
   * @param noun what the id names, as a wire name: {@code child}, {@code family}, {@code village} …
   * @param type the id type
   * @param of makes an id from its value, checking it
   */
  record Id<I extends EntityId>(String noun, Class<I> type, Function<String, I> of) implements ValueType<I> {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.id(this);
    }
  }

  /**
   * Free text: not blank, no control character, at most so many code points.
   *
   * @param name the text's kind as the schema names it ({@code name}, {@code note})
   * @param maxLength the most code points
   */
  record Text(String name, int maxLength) implements ValueType<String> {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.text(this);
    }
  }

  /**
   * A value type of {@code org.aldea.core.value} or a plain one, each with its own wire form.
   *
   * @param <V> the Java type
   * @param kind which one
   * @param type the Java type
   */
  record Scalar<V>(Kind kind, Class<V> type) implements ValueType<V> {
    /** The scalars. */
    public enum Kind {
      /** A {@link org.aldea.core.value.Code} of an open catalogue: a string. */
      CODE,
      /** An ISO 3166-1 alpha-2 country code, or {@code XK}: a string. */
      COUNTRY,
      /** A {@link org.aldea.core.value.PartialDate}: a string. */
      DATE,
      /** A {@link org.aldea.core.value.Count}: an integer, or an object of one qualifier. */
      COUNT,
      /** A {@link org.aldea.core.value.Percent}: a number. */
      PERCENT,
      /** A boolean. */
      FLAG,
      /** {@link org.aldea.core.value.Coordinates}: an object of {@code lat} and {@code lon}. */
      COORDINATES,
      /** An {@link org.aldea.core.value.AgeRange}: an object of {@code min} and {@code under}. */
      AGE_RANGE
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.scalar(this);
    }
  }

  /**
   * A whole number in a range.
   *
   * @param <V> {@link Integer} or {@link Long}
   * @param min the least value
   * @param max the greatest value
   * @param type the Java type
   */
  record Whole<V extends Number>(long min, long max, Class<V> type) implements ValueType<V> {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.whole(this);
    }
  }

  /**
   * One of a closed list of codes, a Java enum on one side and its lower-case constant name on the
   * wire.
   *
   * @param <E> the enum
   * @param type the enum
   */
  record Choice<E extends Enum<E>>(Class<E> type) implements ValueType<E> {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.choice(this);
    }
  }

  /**
   * A number for some codes of a closed list: an object keyed by code on the wire.
   *
   * @param <E> the enum of keys
   * @param keys the enum of keys
   * @param min the least number
   * @param max the greatest number
   */
  record Tally<E extends Enum<E>>(Class<E> keys, int min, int max) implements ValueType<Map<E, Integer>> {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.tally(this);
    }
  }

  /**
   * An object with properties of its own.
   *
   * @param <T> the Java type
   * @param shape its description
   */
  record Part<T>(Shape<T> shape) implements ValueType<T> {
    @Override
    public List<Shape<?>> shapes() {
      return List.of(shape);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.part(this);
    }
  }

  /**
   * One of several objects, told apart by a string property.
   *
   * @param <T> the common Java type, a sealed interface
   * @param type the common Java type
   * @param name the union's name, as the schema names it
   * @param article how messages name one, with its article
   * @param summary what it is, in a sentence
   * @param discriminator the wire name of the property that tells the variants apart
   * @param variants the variants
   */
  record Union<T>(Class<T> type, String name, String article, String summary, String discriminator, List<Variant<? extends T>> variants)
      implements ValueType<T> {

    @Override
    public List<Shape<?>> shapes() {
      return variants.stream().<Shape<?>>map(Variant::shape).toList();
    }

    /**
     * Returns the variant a value is.
     *
     * @param value a value of the union
     * @return its variant
     * @throws IllegalStateException if the variants miss the value's class
     */
    public Variant<? extends T> variantOf(T value) {
      for (Variant<? extends T> variant : variants) {
        if (variant.shape().type() == value.getClass()) {
          return variant;
        }
      }
      throw new IllegalStateException("no variant of " + name + " for " + value.getClass().getSimpleName());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.union(this);
    }
  }

  /**
   * One variant of a union.
   *
   * @param <T> its Java type
   * @param tag the discriminator's value for it
   * @param shape its other properties
   */
  record Variant<T>(String tag, Shape<T> shape) {}

  /**
   * What an outcome is about: one id of several kinds, written under the key of its kind ({@link
   * Id#noun()}), the other keys absent.
   *
   * @param kinds the kinds of id, in the order the format lists them
   */
  record Subject(List<Id<? extends OutcomeSubject>> kinds) implements ValueType<OutcomeSubject> {

    /**
     * Returns the kind of a subject id.
     *
     * @param value a subject id
     * @return its kind, whose noun is its wire key
     * @throws IllegalStateException if the kinds miss the id's class
     */
    public Id<? extends OutcomeSubject> kindOf(OutcomeSubject value) {
      for (Id<? extends OutcomeSubject> kind : kinds) {
        if (kind.type() == value.getClass()) {
          return kind;
        }
      }
      throw new IllegalStateException("no subject kind for " + value.getClass().getSimpleName());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.subject(this);
    }
  }
}
