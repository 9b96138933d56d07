package org.aldea.validation.internal.constraints;

import java.util.List;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.rules.NoDateInFuture;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;

/** Validates {@link NoDateInFuture} on a {@link ChildrensVillage}. */
public final class VillageDatesNotInFutureValidator extends RuleValidator<NoDateInFuture, ChildrensVillage> {
  /** Creates the validator; Hibernate Validator calls this. */
  public VillageDatesNotInFutureValidator() {
    super(Rule.DATE_IN_FUTURE);
  }

  @Override
  List<Finding> check(ChildrensVillage value, ValidationPolicy policy) {
    return EntityChecks.datesInFuture(value, policy);
  }
}
