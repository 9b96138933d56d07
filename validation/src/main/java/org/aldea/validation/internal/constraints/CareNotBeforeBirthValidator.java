package org.aldea.validation.internal.constraints;

import java.util.List;
import org.aldea.core.model.Child;
import org.aldea.core.rules.CareNotBeforeBirth;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;

/** Validates {@link CareNotBeforeBirth} on a {@link Child}. */
public final class CareNotBeforeBirthValidator extends RuleValidator<CareNotBeforeBirth, Child> {
  /** Creates the validator; Hibernate Validator calls this. */
  public CareNotBeforeBirthValidator() {
    super(Rule.CHILD_DATE_BEFORE_BIRTH);
  }

  @Override
  List<Finding> check(Child value, ValidationPolicy policy) {
    return EntityChecks.careBeforeBirth(value);
  }
}
