package org.aldea.validation.internal.constraints;

import java.util.List;
import org.aldea.core.model.Outcome;
import org.aldea.core.rules.ConsistentPercent;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;

/** Validates {@link ConsistentPercent} on a {@link Outcome}. */
public final class ConsistentPercentValidator extends RuleValidator<ConsistentPercent, Outcome> {
  /** Creates the validator; Hibernate Validator calls this. */
  public ConsistentPercentValidator() {
    super(Rule.OUTCOME_PERCENT_INCONSISTENT);
  }

  @Override
  List<Finding> check(Outcome value, ValidationPolicy policy) {
    return EntityChecks.percentInconsistent(value);
  }
}
