package org.aldea.validation.internal.constraints;

import java.util.List;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.rules.NoDateInFuture;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;

/** Validates {@link NoDateInFuture} on a {@link SocialCentre}. */
public final class CentreDatesNotInFutureValidator extends RuleValidator<NoDateInFuture, SocialCentre> {
  /** Creates the validator; Hibernate Validator calls this. */
  public CentreDatesNotInFutureValidator() {
    super(Rule.DATE_IN_FUTURE);
  }

  @Override
  List<Finding> check(SocialCentre value, ValidationPolicy policy) {
    return EntityChecks.datesInFuture(value, policy);
  }
}
