package org.aldea.core.description;

import java.util.Objects;
import java.util.function.Function;

/**
 * One property of a {@linkplain Shape shape}: its wire name, value type, presence and
 * data-protection class, and how to read it from a value and set it on a builder.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type the property belongs to
 */
public final class Property<T> {
  private final String wireName;
  private final ValueType<?> type;
  private final Presence presence;
  private final Protection protection;
  private final boolean inline;
  private final int index;
  private final Function<T, ?> getter;

  Property(String wireName, ValueType<?> type, Presence presence, Protection protection, boolean inline, int index,
      Function<T, ?> getter) {
    this.wireName = Objects.requireNonNull(wireName, "wireName");
    this.type = Objects.requireNonNull(type, "type");
    this.presence = Objects.requireNonNull(presence, "presence");
    this.protection = Objects.requireNonNull(protection, "protection");
    this.inline = inline;
    this.index = index;
    this.getter = Objects.requireNonNull(getter, "getter");
  }

  /**
   * Returns the property's name in the exchange format. For an {@linkplain #isInline() inline}
   * part, and for an outcome's subject, whose keys are their kinds' nouns, it names the property in
   * Java only.
   *
   * @return the name
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the type of one value; for a {@link Presence#LIST} or {@link Presence#SET}, of each
   * element.
   *
   * @return the value type
   */
  public ValueType<?> type() {
    return type;
  }

  /** {@return whether the property is required, optional, a list or a set} */
  public Presence presence() {
    return presence;
  }

  /** {@return what the property can tell about a person} */
  public Protection protection() {
    return protection;
  }

  /**
   * Returns whether the property is a {@linkplain ValueType.Part part} whose properties the
   * exchange format writes in the owner's object rather than in one of their own (an outcome's
   * measure).
   *
   * @return whether it is inline
   */
  public boolean isInline() {
    return inline;
  }

  /**
   * Returns the property's value in an owner.
   *
   * @param owner the owner
   * @return the value; {@code null} for an absent optional value; a {@link java.util.Collection}
   *     for a list or a set, a {@link java.util.Map} for a tally
   */
  public Object valueIn(T owner) {
    return getter.apply(owner);
  }

  /**
   * Returns the property's place among its shape's properties: where {@link Shape#make} takes its
   * value.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
