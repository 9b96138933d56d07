package org.aldea.core.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The entity obeys the per-entity business rules of the exchange format (tier 2) that apply to its
 * kind and are {@linkplain Severity#ERROR errors} ({@link BusinessWarnings} reports the
 * warnings): for a child {@code child.born_in_future}, {@code child.date_before_birth}, {@code
 * child.too_old_for_care} and {@code date.in_future}; for an outcome {@code
 * outcome.percent_inconsistent}, {@code outcome.indicator_unknown} and {@code date.in_future}; for a
 * centre, a programme, a village or a family {@code date.in_future}. The rules themselves, and their
 * validator, are in {@code aldea-validation}; without it, the annotation is inert.
 *
 * <p>Each violation carries the payload {@link Severity.Error} and names its rule in Hibernate
 * Validator's dynamic payload; the reference date is the validator's {@code ClockProvider}'s today,
 * or the policy {@code aldea-validation} passes.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BusinessRules {
  /**
   * The message used when the validator cannot localise its own.
   *
   * @return the message
   */
  String message() default "aldea.business_rules";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload. Bean Validation wants it empty by default: the model's entities give {@link
   * Severity.Error}.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
