package org.aldea.core.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An outcome's indicator is in the standard catalogue ({@link org.aldea.core.model.StandardIndicator}).
 *
 * <p>Rule code: {@code outcome.indicator_unknown} (warning).
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownIndicator {
  /**
   * The message used when the validator cannot localise its own.
   *
   * @return the message
   */
  String message() default "outcome.indicator_unknown";

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
