package org.aldea.core.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.aldea.core.InvalidValueException;

/**
 * A percentage from 0 to 100 with at most two decimals, as reports give them ({@code 9}, {@code 8.5},
 * {@code 8.51}).
 *
 * <p>Trailing zeros carry no meaning: {@code 8.50} and {@code 8.5} are the same percent, with one
 * {@linkplain #decimals() decimal}. The number of decimals is what a report stated, and rules that
 * compare a percent with a computed share round to it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percent implements Comparable<Percent> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;

  private Percent(BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new InvalidValueException("percent", "must be between 0 and 100");
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw new InvalidValueException("percent", "must have at most 2 decimals");
    }
    this.value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the percent of a decimal number.
   *
   * @param value 0 to 100, with at most two decimals once trailing zeros are dropped
   * @return the percent
   * @throws InvalidValueException if the value is out of range or too precise
   */
  public static Percent of(BigDecimal value) {
    if (value == null) {
      throw new InvalidValueException("percent", "is required");
    }
    return new Percent(value);
  }

  /**
   * Returns the percent of a whole number.
   *
   * @param value 0 to 100
   * @return the percent
   * @throws InvalidValueException if the value is out of range
   */
  public static Percent of(long value) {
    return new Percent(BigDecimal.valueOf(value));
  }

  /**
   * Parses a plain decimal number such as {@code 8.51} or {@code 100}.
   *
   * @param text the number
   * @return the percent
   * @throws InvalidValueException if the text is not a plain decimal number or is out of range
   */
  public static Percent parse(String text) {
    if (text == null) {
      throw new InvalidValueException("percent", "is required");
    }
    if (!text.matches("\\d{1,3}(\\.\\d{1,16})?")) {
      throw new InvalidValueException("percent", "must be a decimal number between 0 and 100");
    }
    return new Percent(new BigDecimal(text));
  }

  /** {@return the percent as a decimal from 0 to 100, without trailing zeros} */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns how many decimals the percent was given with, trailing zeros ignored.
   *
   * @return 0, 1 or 2
   */
  public int decimals() {
    return value.scale();
  }

  /**
   * Returns whether this percent is {@code 100·part/whole} rounded to the decimals this percent was
   * given with. At an exact half, rounding either way is consistent: 1 of 8 (12.5%) may be reported
   * as 12 or 13.
   *
   * @param part the part, 0 to whole
   * @param whole the whole, at least 1
   * @return whether the percent is a faithful rounding of the share
   * @throws IllegalArgumentException if whole is not positive or part is out of {@code [0, whole]}
   */
  public boolean isRoundingOf(long part, long whole) {
    if (whole <= 0 || part < 0 || part > whole) {
      throw new IllegalArgumentException("part must lie in [0, whole] and whole must be positive");
    }
    // Compare exactly: |100·part/whole − value| ≤ half a unit in the last decimal given,
    // i.e. |200·10^d·part − 2·10^d·value·whole| ≤ whole.
    BigInteger scale = BigInteger.TEN.pow(decimals());
    BigInteger valueUnits = value.unscaledValue();
    BigInteger exact = BigInteger.valueOf(part).multiply(BigInteger.valueOf(200)).multiply(scale);
    BigInteger reported = valueUnits.multiply(BigInteger.TWO).multiply(BigInteger.valueOf(whole));
    return exact.subtract(reported).abs().compareTo(BigInteger.valueOf(whole)) <= 0;
  }

  @Override
  public int compareTo(Percent other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Percent && ((Percent) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the percent as a plain decimal number, without trailing zeros: {@code 8.5}. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
