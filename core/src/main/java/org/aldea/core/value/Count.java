package org.aldea.core.value;

import java.util.Objects;
import java.util.OptionalLong;
import org.aldea.core.InvalidValueException;

/**
 * A non-negative whole number as a report gave it, with how the report qualified it: exactly
 * ("6 youth"), {@linkplain Qualifier#ABOUT about} ("about 520 people"), {@linkplain Qualifier#UP_TO
 * up to} ("up to 120 children"), {@linkplain Qualifier#AT_LEAST at least} or {@linkplain
 * Qualifier#MORE_THAN more than} ("more than 500 children").
 *
 * <p>The value is at most {@link #MAX_VALUE} (2<sup>53</sup>−1), so that every count can be
 * represented exactly by JSON readers that hold numbers as doubles.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Count {
  /** The largest value a count may have: 2<sup>53</sup>−1. */
  public static final long MAX_VALUE = (1L << 53) - 1;

  /** How a report qualified a number. */
  public enum Qualifier {
    /** The number is exact. */
    EXACTLY,
    /** The number is an approximation; it sets no bound. */
    ABOUT,
    /** The true number is at most the value. */
    UP_TO,
    /** The true number is at least the value. */
    AT_LEAST,
    /** The true number is strictly greater than the value. */
    MORE_THAN
  }

  private final long value;
  private final Qualifier qualifier;

  private Count(long value, Qualifier qualifier) {
    if (value < 0 || value > MAX_VALUE) {
      throw new InvalidValueException("count", "must be between 0 and " + MAX_VALUE);
    }
    this.value = value;
    this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
  }

  /**
   * Returns a count with the given qualifier.
   *
   * @param qualifier how the report qualified the number
   * @param value the number, 0 to {@link #MAX_VALUE}
   * @return the count
   * @throws InvalidValueException if the value is out of range
   */
  public static Count of(Qualifier qualifier, long value) {
    return new Count(value, qualifier);
  }

  /**
   * Returns an exact count.
   *
   * @param value 0 to {@link #MAX_VALUE}
   * @return the count
   */
  public static Count exactly(long value) {
    return new Count(value, Qualifier.EXACTLY);
  }

  /**
   * Returns an approximate count ("about 520").
   *
   * @param value 0 to {@link #MAX_VALUE}
   * @return the count
   */
  public static Count about(long value) {
    return new Count(value, Qualifier.ABOUT);
  }

  /**
   * Returns an upper bound ("up to 120").
   *
   * @param value 0 to {@link #MAX_VALUE}
   * @return the count
   */
  public static Count upTo(long value) {
    return new Count(value, Qualifier.UP_TO);
  }

  /**
   * Returns a lower bound ("at least 3").
   *
   * @param value 0 to {@link #MAX_VALUE}
   * @return the count
   */
  public static Count atLeast(long value) {
    return new Count(value, Qualifier.AT_LEAST);
  }

  /**
   * Returns a strict lower bound ("more than 500").
   *
   * @param value 0 to {@link #MAX_VALUE}
   * @return the count
   */
  public static Count moreThan(long value) {
    return new Count(value, Qualifier.MORE_THAN);
  }

  /**
   * Returns the number as reported.
   *
   * @return the value
   */
  public long value() {
    return value;
  }

  /**
   * Returns how the report qualified the number.
   *
   * @return the qualifier
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * Returns whether the number is exact.
   *
   * @return true for {@link Qualifier#EXACTLY}
   */
  public boolean isExact() {
    return qualifier == Qualifier.EXACTLY;
  }

  /**
   * Returns the least true number this count allows: the value itself when exact or "at least",
   * one more when "more than", and 0 when "up to" or "about" (which set no lower bound).
   *
   * @return the least number consistent with this count
   */
  public long lowerBound() {
    switch (qualifier) {
      case EXACTLY:
      case AT_LEAST:
        return value;
      case MORE_THAN:
        return value + 1;
      default:
        return 0;
    }
  }

  /**
   * Returns the greatest true number this count allows, if it sets one: the value when exact or
   * "up to"; empty for "about", "at least" and "more than".
   *
   * @return the greatest number consistent with this count, if bounded
   */
  public OptionalLong upperBound() {
    return qualifier == Qualifier.EXACTLY || qualifier == Qualifier.UP_TO
        ? OptionalLong.of(value)
        : OptionalLong.empty();
  }

  /**
   * Returns whether a true number is consistent with this count. An "about" count admits every
   * non-negative number, as an approximation promises no bound.
   *
   * @param number a candidate true number
   * @return whether the report could have meant it
   */
  public boolean admits(long number) {
    if (number < 0) {
      return false;
    }
    return number >= lowerBound() && number <= upperBound().orElse(Long.MAX_VALUE);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Count
        && ((Count) other).value == value
        && ((Count) other).qualifier == qualifier;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value) * 31 + qualifier.hashCode();
  }

  /** Returns the count as a report would phrase it: {@code 6}, {@code about 520}, {@code up to 120}. */
  @Override
  public String toString() {
    switch (qualifier) {
      case ABOUT:
        return "about " + value;
      case UP_TO:
        return "up to " + value;
      case AT_LEAST:
        return "at least " + value;
      case MORE_THAN:
        return "more than " + value;
      default:
        return Long.toString(value);
    }
  }
}
