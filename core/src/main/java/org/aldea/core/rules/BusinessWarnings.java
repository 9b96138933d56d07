package org.aldea.core.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The entity obeys the per-entity business rules whose severity is {@linkplain Severity#WARNING
 * warning}: the twin of {@link BusinessRules}, which reports the errors. By default, {@code
 * child.too_old_for_care} and {@code outcome.indicator_unknown}; a policy may make any rule a
 * warning. Its violations carry the payload {@link Severity.Warning}, so that a caller can accept
 * the data while still showing them.
 *
 * <p>The validator lives in {@code aldea-validation}; without it, the annotation is inert.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BusinessWarnings {
  /**
   * The message used when the validator cannot localise its own.
   *
   * @return the message
   */
  String message() default "aldea.business_warnings";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload. Bean Validation wants it empty by default: the model's entities give {@link
   * Severity.Warning}.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
