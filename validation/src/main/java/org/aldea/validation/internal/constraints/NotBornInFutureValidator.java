package org.aldea.validation.internal.constraints;

import java.util.List;
import org.aldea.core.model.Child;
import org.aldea.core.rules.NotBornInFuture;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;

/** Validates {@link NotBornInFuture} on a {@link Child}. */
public final class NotBornInFutureValidator extends RuleValidator<NotBornInFuture, Child> {
  /** Creates the validator; Hibernate Validator calls this. */
  public NotBornInFutureValidator() {
    super(Rule.CHILD_BORN_IN_FUTURE);
  }

  @Override
  List<Finding> check(Child value, ValidationPolicy policy) {
    return EntityChecks.bornInFuture(value, policy);
  }
}
