package org.aldea.core.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An outcome's percent is 100 times count over outOf, rounded to the decimals given; at an exact half, either direction is consistent.
 *
 * <p>Rule code: {@code outcome.percent_inconsistent} (error).
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentPercent {
  /**
   * The message used when the validator cannot localise its own.
   *
   * @return the message
   */
  String message() default "outcome.percent_inconsistent";

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
