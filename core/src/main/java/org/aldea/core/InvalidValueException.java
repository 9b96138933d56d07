package org.aldea.core;

import java.util.Objects;

/**
 * Thrown when a value that would be meaningless is about to be constructed: a blank or malformed id,
 * a negative count, a percentage above 100, a period that ends before it starts (the "tier-1" rules).
 *
 * <p>The exception names the {@linkplain #field() field} and the {@linkplain #rule() rule} it broke.
 * Its message never repeats the offending value, which could be personal data (a child's name typed
 * into an id field, for instance).
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The field, as spelt in the exchange format. */
  private final String field;
  /** What the value must be, without the value. */
  private final String rule;

  /**
   * Creates the exception for a field and the rule its value broke.
   *
   * @param field the name of the field, as it is spelt in the exchange format (for example
   *     {@code capacity} or {@code born})
   * @param rule what the value must be, phrased to follow the field name (for example
   *     {@code "must be between 1 and 15"}); it must not contain the offending value
   */
  public InvalidValueException(String field, String rule) {
    super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(rule, "rule"));
    this.field = field;
    this.rule = rule;
  }

  /**
   * Returns the name of the field whose value was refused, as spelt in the exchange format.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rule that the refused value broke, for example {@code "must not be negative"}.
   *
   * @return the rule, never containing the refused value
   */
  public String rule() {
    return rule;
  }
}
