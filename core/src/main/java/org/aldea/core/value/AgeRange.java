package org.aldea.core.value;

import org.aldea.core.InvalidValueException;

/**
 * The ages a programme is meant for, in whole years: {@code min} inclusive, {@code under}
 * exclusive. "Children under the age of five" is {@code AgeRange.of(0, 5)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param min the youngest age admitted, 0 to 149
 * @param under the first age no longer admitted, greater than {@code min} and at most 150
 */
public record AgeRange(int min, int under) {
  /** The oldest age a range may name. */
  public static final int MAX_AGE = 150;

  /**
   * Creates the range.
   *
   * @param min the youngest age admitted, 0 to 149
   * @param under the first age no longer admitted, greater than {@code min} and at most 150
   * @throws InvalidValueException naming {@code min} or {@code under} if the range is empty or out
   *     of bounds
   */
  public AgeRange {
    if (min < 0 || min >= MAX_AGE) {
      throw new InvalidValueException("min", "must be between 0 and " + (MAX_AGE - 1));
    }
    if (under <= min || under > MAX_AGE) {
      throw new InvalidValueException("under", "must be greater than min and at most " + MAX_AGE);
    }
  }

  /**
   * Returns the range {@code [min, under)}.
   *
   * @param min the youngest age admitted
   * @param under the first age no longer admitted
   * @return the range
   */
  public static AgeRange of(int min, int under) {
    return new AgeRange(min, under);
  }

  /**
   * Returns whether an age in whole years lies in the range.
   *
   * @param age an age in whole years
   * @return whether {@code min <= age < under}
   */
  public boolean contains(int age) {
    return age >= min && age < under;
  }
}
