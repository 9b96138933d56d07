package org.aldea.validation.internal.constraints;

import java.util.List;
import org.aldea.core.model.Outcome;
import org.aldea.core.rules.NoDateInFuture;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;

/** Validates {@link NoDateInFuture} on a {@link Outcome}. */
public final class OutcomeDatesNotInFutureValidator extends RuleValidator<NoDateInFuture, Outcome> {
  /** Creates the validator; Hibernate Validator calls this. */
  public OutcomeDatesNotInFutureValidator() {
    super(Rule.DATE_IN_FUTURE);
  }

  @Override
  List<Finding> check(Outcome value, ValidationPolicy policy) {
    return EntityChecks.datesInFuture(value, policy);
  }
}
