package org.aldea.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import org.aldea.core.rules.BusinessRules;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;
import org.aldea.validation.internal.Messages;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link BusinessRules} on any entity: reads the {@link ValidationPolicy} (the validator's
 * payload, or the defaults with the validator's clock as reference date), runs the entity's rules
 * of the catalogue ({@link EntityChecks}) and turns each finding into a violation with its rule as
 * dynamic payload, its field as property path and a localised message.
 */
public final class BusinessRulesValidator implements ConstraintValidator<BusinessRules, Object> {
  /** Creates the validator; Hibernate Validator calls this. */
  public BusinessRulesValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    ValidationPolicy policy = hibernate.getConstraintValidatorPayload(ValidationPolicy.class);
    if (policy == null) {
      policy = ValidationPolicy.asOf(LocalDate.now(context.getClockProvider().getClock()));
    }
    List<Finding> findings = EntityChecks.check(value, policy);
    if (findings.isEmpty()) {
      return true;
    }
    hibernate.disableDefaultConstraintViolation();
    for (Finding finding : findings) {
      // Set before each violation is added: each keeps the payload it was added with.
      hibernate.withDynamicPayload(finding.rule());
      String message = Messages.format(policy.locale(), finding.rule().code(), finding.args());
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
