package org.aldea.validation.internal.constraints;

import java.util.List;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.rules.NoDateInFuture;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;

/** Validates {@link NoDateInFuture} on a {@link FamilyStrengtheningProgramme}. */
public final class ProgrammeDatesNotInFutureValidator extends RuleValidator<NoDateInFuture, FamilyStrengtheningProgramme> {
  /** Creates the validator; Hibernate Validator calls this. */
  public ProgrammeDatesNotInFutureValidator() {
    super(Rule.DATE_IN_FUTURE);
  }

  @Override
  List<Finding> check(FamilyStrengtheningProgramme value, ValidationPolicy policy) {
    return EntityChecks.datesInFuture(value, policy);
  }
}
