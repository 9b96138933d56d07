package org.aldea.validation.internal.constraints;

import java.util.List;
import org.aldea.core.model.Child;
import org.aldea.core.rules.NoDateInFuture;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;

/** Validates {@link NoDateInFuture} on a {@link Child}. */
public final class ChildDatesNotInFutureValidator extends RuleValidator<NoDateInFuture, Child> {
  /** Creates the validator; Hibernate Validator calls this. */
  public ChildDatesNotInFutureValidator() {
    super(Rule.DATE_IN_FUTURE);
  }

  @Override
  List<Finding> check(Child value, ValidationPolicy policy) {
    return EntityChecks.datesInFuture(value, policy);
  }
}
