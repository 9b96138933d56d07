package org.aldea.validation.internal.constraints;

import java.util.List;
import org.aldea.core.model.SosFamily;
import org.aldea.core.rules.NoDateInFuture;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;

/** Validates {@link NoDateInFuture} on a {@link SosFamily}. */
public final class FamilyDatesNotInFutureValidator extends RuleValidator<NoDateInFuture, SosFamily> {
  /** Creates the validator; Hibernate Validator calls this. */
  public FamilyDatesNotInFutureValidator() {
    super(Rule.DATE_IN_FUTURE);
  }

  @Override
  List<Finding> check(SosFamily value, ValidationPolicy policy) {
    return EntityChecks.datesInFuture(value, policy);
  }
}
