package org.aldea.core.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A child's care situation does not begin before the child was born, for every day the partial dates can mean.
 *
 * <p>Rule code: {@code child.date_before_birth} (error).
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CareNotBeforeBirth {
  /**
   * The message used when the validator cannot localise its own.
   *
   * @return the message
   */
  String message() default "child.date_before_birth";

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
