package org.aldea.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.Finding;
import org.aldea.validation.internal.Messages;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The common part of Aldea's constraint validators: reads the {@link ValidationPolicy} (the
 * validator's payload, or the defaults with the validator's clock as reference date), skips
 * switched-off rules, and turns each {@link Finding} into a violation with the {@link Rule} as dynamic
 * payload, the field as property path and a localised message.
 *
 * @param <A> the constraint annotation
 * @param <T> the validated type
 */
abstract class RuleValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {
  private final Rule rule;

  RuleValidator(Rule rule) {
    this.rule = rule;
  }

  /** Returns what the rule finds on the value. */
  abstract List<Finding> check(T value, ValidationPolicy policy);

  @Override
  public final boolean isValid(T value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    ValidationPolicy policy = hibernate.getConstraintValidatorPayload(ValidationPolicy.class);
    if (policy == null) {
      policy = ValidationPolicy.asOf(LocalDate.now(context.getClockProvider().getClock()));
    }
    if (!policy.isEnabled(rule)) {
      return true;
    }
    List<Finding> findings = check(value, policy);
    if (findings.isEmpty()) {
      return true;
    }
    hibernate.disableDefaultConstraintViolation();
    hibernate.withDynamicPayload(rule);
    for (Finding finding : findings) {
      String message = Messages.format(policy.locale(), rule.code(), finding.args());
      var violation = hibernate.buildConstraintViolationWithTemplate(escape(message));
      List<String> path = finding.path();
      if (path.isEmpty()) {
        violation.addConstraintViolation();
        continue;
      }
      var node = violation.addPropertyNode(path.get(0));
      for (String name : path.subList(1, path.size())) {
        node = node.addPropertyNode(name);
      }
      node.addConstraintViolation();
    }
    return false;
  }

  /** Escapes what Hibernate Validator's message interpolation would otherwise interpret. */
  private static String escape(String message) {
    return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
