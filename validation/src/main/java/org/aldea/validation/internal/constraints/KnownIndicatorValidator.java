package org.aldea.validation.internal.constraints;

import java.util.List;
import org.aldea.core.model.Outcome;
import org.aldea.core.rules.KnownIndicator;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;

/** Validates {@link KnownIndicator} on a {@link Outcome}. */
public final class KnownIndicatorValidator extends RuleValidator<KnownIndicator, Outcome> {
  /** Creates the validator; Hibernate Validator calls this. */
  public KnownIndicatorValidator() {
    super(Rule.OUTCOME_INDICATOR_UNKNOWN);
  }

  @Override
  List<Finding> check(Outcome value, ValidationPolicy policy) {
    return EntityChecks.indicatorUnknown(value);
  }
}
