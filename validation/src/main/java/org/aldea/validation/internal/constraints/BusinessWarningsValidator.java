package org.aldea.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.aldea.core.rules.BusinessWarnings;
import org.aldea.core.rules.Severity;

/** Validates {@link BusinessWarnings} on any entity: the rules that are warnings ({@link RuleViolations}). */
public final class BusinessWarningsValidator implements ConstraintValidator<BusinessWarnings, Object> {
  /** Creates the validator; Hibernate Validator calls this. */
  public BusinessWarningsValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    return RuleViolations.report(value, context, Severity.WARNING);
  }
}
