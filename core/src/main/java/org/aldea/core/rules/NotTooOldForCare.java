package org.aldea.core.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A child in care (any situation but left care) is not older than the oldest age in care, 25 unless a policy says otherwise.
 *
 * <p>Rule code: {@code child.too_old_for_care} (warning).
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotTooOldForCare {
  /**
   * The message used when the validator cannot localise its own.
   *
   * @return the message
   */
  String message() default "child.too_old_for_care";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
