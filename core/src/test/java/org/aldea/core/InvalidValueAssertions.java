package org.aldea.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that construction fails with an {@link InvalidValueException} naming a field. */
public final class InvalidValueAssertions {
  private InvalidValueAssertions() {}

  /**
   * Asserts that the call throws {@link InvalidValueException} for the field, with a message that
   * starts with the field name.
   *
   * @return the exception, for further assertions
   */
  public static InvalidValueException assertRefused(String field, ThrowingCallable call) {
    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, call);
    assertThat(refused).as("expected InvalidValueException for field %s", field).isNotNull();
    assertThat(refused.field()).isEqualTo(field);
    assertThat(refused.getMessage()).startsWith(field + ": ").contains(refused.rule());
    return refused;
  }
}
