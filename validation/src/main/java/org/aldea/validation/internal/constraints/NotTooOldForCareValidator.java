package org.aldea.validation.internal.constraints;

import java.util.List;
import org.aldea.core.model.Child;
import org.aldea.core.rules.NotTooOldForCare;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;

/** Validates {@link NotTooOldForCare} on a {@link Child}. */
public final class NotTooOldForCareValidator extends RuleValidator<NotTooOldForCare, Child> {
  /** Creates the validator; Hibernate Validator calls this. */
  public NotTooOldForCareValidator() {
    super(Rule.CHILD_TOO_OLD_FOR_CARE);
  }

  @Override
  List<Finding> check(Child value, ValidationPolicy policy) {
    return EntityChecks.tooOldForCare(value, policy);
  }
}
