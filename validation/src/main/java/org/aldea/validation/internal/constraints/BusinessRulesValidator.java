package org.aldea.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.aldea.core.rules.BusinessRules;
import org.aldea.core.rules.Severity;

/** Validates {@link BusinessRules} on any entity: the rules that are errors ({@link RuleViolations}). */
public final class BusinessRulesValidator implements ConstraintValidator<BusinessRules, Object> {
  /** Creates the validator; Hibernate Validator calls this. */
  public BusinessRulesValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    return RuleViolations.report(value, context, Severity.ERROR);
  }
}
