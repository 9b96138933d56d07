package org.aldea.validation;

import java.util.Arrays;
import java.util.Optional;
import org.aldea.core.rules.Severity;

/**
 * The catalogue of business rules (tier 2), each with its stable code and default severity. A
 * {@link ValidationPolicy} may change a rule's severity or switch it off.
 *
 * <p>Rules about dates and ages fire only when the violation is certain for every day the partial
 * dates can mean (born {@code 2009} and in care since {@code 2009-05} is not "before birth"; since
 * {@code 2008} is). "In care" means any care situation but {@code left_care}.
 */
public enum Rule {
  /** {@code id.duplicate}: two entities share an id. */
  ID_DUPLICATE("id.duplicate", Severity.ERROR),
  /** {@code reference.unknown}: a reference names no entity of the expected kind. */
  REFERENCE_UNKNOWN("reference.unknown", Severity.ERROR),
  /** {@code family.over_capacity}: more children in SOS-family care in a family than its capacity. */
  FAMILY_OVER_CAPACITY("family.over_capacity", Severity.ERROR),
  /** {@code family.siblings_separated}: siblings both in SOS-family care live in different families. */
  FAMILY_SIBLINGS_SEPARATED("family.siblings_separated", Severity.WARNING),
  /** {@code child.siblings_not_reciprocal}: A lists B as a sibling but B does not list A. */
  CHILD_SIBLINGS_NOT_RECIPROCAL("child.siblings_not_reciprocal", Severity.WARNING),
  /** {@code child.born_in_future}: born after the reference date. */
  CHILD_BORN_IN_FUTURE("child.born_in_future", Severity.ERROR),
  /** {@code child.date_before_birth}: a care date earlier than birth. */
  CHILD_DATE_BEFORE_BIRTH("child.date_before_birth", Severity.ERROR),
  /** {@code child.too_old_for_care}: in care and older than the policy's oldest age in care. */
  CHILD_TOO_OLD_FOR_CARE("child.too_old_for_care", Severity.WARNING),
  /**
   * {@code programme.child_outside_target_age}: age when support began outside the programme's
   * target ages; judged only when the support certainly began on or after the birth.
   */
  PROGRAMME_CHILD_OUTSIDE_TARGET_AGE("programme.child_outside_target_age", Severity.WARNING),
  /** {@code date.in_future}: an opened, started, since, on or period date after the reference date. */
  DATE_IN_FUTURE("date.in_future", Severity.ERROR),
  /** {@code outcome.percent_inconsistent}: percent differs from 100·count/outOf rounded to the decimals given. */
  OUTCOME_PERCENT_INCONSISTENT("outcome.percent_inconsistent", Severity.ERROR),
  /** {@code outcome.before_subject_started}: the period ends before the subject opened or started. */
  OUTCOME_BEFORE_SUBJECT_STARTED("outcome.before_subject_started", Severity.WARNING),
  /** {@code outcome.indicator_unknown}: the indicator is not in the standard catalogue. */
  OUTCOME_INDICATOR_UNKNOWN("outcome.indicator_unknown", Severity.WARNING),
  /** {@code centre.village_elsewhere}: a centre's village is in another location. */
  CENTRE_VILLAGE_ELSEWHERE("centre.village_elsewhere", Severity.WARNING);

  private final String code;
  private final Severity defaultSeverity;

  Rule(String code, Severity defaultSeverity) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
  }

  /** {@return the stable code, for example {@code family.over_capacity}} */
  public String code() {
    return code;
  }

  /** {@return the severity the rule has unless a policy overrides it} */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns the rule with a code.
   *
   * @param code a rule code
   * @return the rule, or empty for an unknown code
   */
  public static Optional<Rule> ofCode(String code) {
    return Arrays.stream(values()).filter(rule -> rule.code.equals(code)).findFirst();
  }
}
