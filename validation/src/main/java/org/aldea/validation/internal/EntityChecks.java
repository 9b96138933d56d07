package org.aldea.validation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.aldea.core.description.Model;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.core.model.StandardIndicator;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.PartialDate;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;

/**
 * The per-entity business rules, one method each, pure functions of the entity and the policy, and
 * their {@linkplain #CATALOGUE catalogue}: which rule applies to which type. A date or age rule
 * fires only when the violation is certain for every day the partial dates can mean.
 *
 * <p>{@code AldeaValidator} runs the catalogue directly; Hibernate Validator runs it through the one
 * constraint {@code @BusinessRules} ({@code BusinessRulesValidator}). A new per-entity rule is a
 * method here, its line in the catalogue, its {@link Rule} and its messages.
 */
public final class EntityChecks {
  /** One rule of the catalogue: what it checks on an entity of a type. */
  private record Check<T>(Rule rule, Class<T> type, BiFunction<T, ValidationPolicy, List<Finding>> check) {
    // Not type.cast: RULES gives a check only entities of its type, and Class.cast is a call into
    // the virtual machine for the client compiler.
    @SuppressWarnings("unchecked")
    List<Finding> on(Object entity, ValidationPolicy policy) {
      return check.apply((T) entity, policy);
    }
  }

  /** Every per-entity rule, by the type it applies to, in the order they are checked. */
  private static final List<Check<?>> CATALOGUE = List.of(
      new Check<>(Rule.CHILD_BORN_IN_FUTURE, Child.class, EntityChecks::bornInFuture),
      new Check<>(Rule.CHILD_DATE_BEFORE_BIRTH, Child.class, (child, policy) -> careBeforeBirth(child)),
      new Check<>(Rule.CHILD_TOO_OLD_FOR_CARE, Child.class, EntityChecks::tooOldForCare),
      new Check<>(Rule.DATE_IN_FUTURE, Child.class, EntityChecks::datesInFuture),
      new Check<>(Rule.DATE_IN_FUTURE, SocialCentre.class, EntityChecks::datesInFuture),
      new Check<>(Rule.DATE_IN_FUTURE, FamilyStrengtheningProgramme.class, EntityChecks::datesInFuture),
      new Check<>(Rule.DATE_IN_FUTURE, ChildrensVillage.class, EntityChecks::datesInFuture),
      new Check<>(Rule.DATE_IN_FUTURE, SosFamily.class, EntityChecks::datesInFuture),
      new Check<>(Rule.DATE_IN_FUTURE, Outcome.class, EntityChecks::datesInFuture),
      new Check<>(Rule.OUTCOME_PERCENT_INCONSISTENT, Outcome.class, (outcome, policy) -> percentInconsistent(outcome)),
      new Check<>(Rule.OUTCOME_INDICATOR_UNKNOWN, Outcome.class, (outcome, policy) -> indicatorUnknown(outcome)));

  /** The rules of each class of entity (an Immutables class, found through its model type). */
  private static final ClassValue<List<Check<?>>> RULES = new ClassValue<>() {
    @Override
    protected List<Check<?>> computeValue(Class<?> type) {
      return CATALOGUE.stream().filter(check -> check.type().isAssignableFrom(type)).toList();
    }
  };

  private EntityChecks() {}

  /**
   * Checks every per-entity rule the policy has switched on that applies to the entity.
   *
   * @param entity an entity of any kind
   * @param policy the policy
   * @return what the rules found, in the catalogue's order
   */
  public static List<Finding> check(Object entity, ValidationPolicy policy) {
    List<Finding> findings = List.of();
    List<Check<?>> checks = RULES.get(entity.getClass());
    // By index: an iterator for each entity is garbage the client compiler does not avoid.
    for (int i = 0; i < checks.size(); i++) {
      Check<?> check = checks.get(i);
      if (!policy.isEnabled(check.rule())) {
        continue;
      }
      List<Finding> found = check.on(entity, policy);
      if (!found.isEmpty()) {
        if (findings.isEmpty()) {
          findings = new java.util.ArrayList<>();
        }
        findings.addAll(found);
      }
    }
    return findings;
  }

  /** {@code child.born_in_future}: the earliest possible birthday is after the reference date. */
  public static List<Finding> bornInFuture(Child child, ValidationPolicy policy) {
    if (!child.born().isCertainlyAfter(policy.asOf())) {
      return List.of();
    }
    return List.of(new Finding(Rule.CHILD_BORN_IN_FUTURE, List.of("born"),
        List.of(child.born().toString(), policy.asOf().toString())));
  }

  /** {@code child.date_before_birth}: the care situation certainly began before birth. */
  public static List<Finding> careBeforeBirth(Child child) {
    CareSituation care = child.care();
    if (!care.date().isCertainlyBefore(child.born())) {
      return List.of();
    }
    return List.of(new Finding(Rule.CHILD_DATE_BEFORE_BIRTH, List.of("care", careDateProperty(care)),
        List.of(care.date().toString(), child.born().toString())));
  }

  /** {@code child.too_old_for_care}: in care, and older than the oldest age even if born on the last possible day. */
  public static List<Finding> tooOldForCare(Child child, ValidationPolicy policy) {
    if (!child.care().isInCare() || age(child.born().end(), policy.asOf()) <= policy.maxAgeInCare()) {
      return List.of();
    }
    return List.of(new Finding(Rule.CHILD_TOO_OLD_FOR_CARE, List.of("born"),
        List.of(String.valueOf(policy.maxAgeInCare()), policy.asOf().toString())));
  }

  /** {@code date.in_future} for a child: its care date (birth has its own rule). */
  public static List<Finding> datesInFuture(Child child, ValidationPolicy policy) {
    PartialDate date = child.care().date();
    if (!date.isCertainlyAfter(policy.asOf())) {
      return List.of(); // before the path's array is made: this runs for every child of a stream
    }
    return future(Optional.of(date), policy, "care", careDateProperty(child.care()));
  }

  /** {@code date.in_future} for a centre: its opening. */
  public static List<Finding> datesInFuture(SocialCentre centre, ValidationPolicy policy) {
    return future(centre.opened(), policy, "opened");
  }

  /** {@code date.in_future} for a programme: its start. */
  public static List<Finding> datesInFuture(FamilyStrengtheningProgramme programme, ValidationPolicy policy) {
    return future(programme.started(), policy, "started");
  }

  /** {@code date.in_future} for a village: its opening. */
  public static List<Finding> datesInFuture(ChildrensVillage village, ValidationPolicy policy) {
    return future(village.opened(), policy, "opened");
  }

  /** {@code date.in_future} for a family: since when its caregiver has the role. */
  public static List<Finding> datesInFuture(SosFamily family, ValidationPolicy policy) {
    return future(family.caregiver().since(), policy, "caregiver", "since");
  }

  /** {@code date.in_future} for an outcome: its period. */
  public static List<Finding> datesInFuture(Outcome outcome, ValidationPolicy policy) {
    return future(Optional.of(outcome.period()), policy, "period");
  }

  /** Each entity has one such date: a finding if it is certainly after the reference date. */
  private static List<Finding> future(Optional<PartialDate> date, ValidationPolicy policy, String... path) {
    if (date.isEmpty() || !date.get().isCertainlyAfter(policy.asOf())) {
      return List.of();
    }
    return List.of(new Finding(Rule.DATE_IN_FUTURE, List.of(path), List.of(date.get().toString(),
        policy.asOf().toString())));
  }

  /** {@code outcome.percent_inconsistent}: a share whose percent is not a faithful rounding of count/outOf. */
  public static List<Finding> percentInconsistent(Outcome outcome) {
    Measure measure = outcome.measure();
    if (measure.percent().isEmpty() || measure.outOf().isEmpty() || measure.count().isEmpty()) {
      return List.of();
    }
    long count = measure.count().get().value();
    long outOf = measure.outOf().getAsLong();
    if (measure.percent().get().isRoundingOf(count, outOf)) {
      return List.of();
    }
    return List.of(new Finding(Rule.OUTCOME_PERCENT_INCONSISTENT, List.of("percent"),
        List.of(measure.percent().get().toString(), String.valueOf(count), String.valueOf(outOf))));
  }

  /** {@code outcome.indicator_unknown}: an indicator outside the standard catalogue. */
  public static List<Finding> indicatorUnknown(Outcome outcome) {
    if (StandardIndicator.of(outcome.indicator()).isPresent()) {
      return List.of();
    }
    return List.of(new Finding(Rule.OUTCOME_INDICATOR_UNKNOWN, List.of("indicator"),
        List.of(outcome.indicator().value())));
  }

  /**
   * {@code programme.child_outside_target_age}: the child's age when the programme's support began
   * is certainly outside the programme's target ages. Judged only when the support certainly began
   * on or after the birth.
   */
  public static Optional<Finding> outsideTargetAge(Child child, FamilyStrengtheningProgramme programme) {
    if (!(child.care() instanceof CareSituation.FamilyOfOriginCare) || programme.targetAge().isEmpty()) {
      return Optional.empty();
    }
    PartialDate since = child.care().date();
    // Judged only when the care certainly began on or after the birth: an age before birth means
    // nothing (a care certainly before birth is child.date_before_birth). So a coarser birth date,
    // as anonymising makes, can only take this issue away, never add it.
    if (since.start().isBefore(child.born().end())) {
      return Optional.empty();
    }
    AgeRange target = programme.targetAge().get();
    int youngest = age(child.born().end(), since.start());
    int oldest = age(child.born().start(), since.end());
    if (oldest >= target.min() && youngest < target.under()) {
      return Optional.empty();
    }
    return Optional.of(new Finding(Rule.PROGRAMME_CHILD_OUTSIDE_TARGET_AGE, List.of("care", "since"),
        List.of(programme.id().value(), String.valueOf(target.min()), String.valueOf(target.under()))));
  }

  /**
   * Returns the age in whole years on a day of someone born on another; negative before birth,
   * counted as {@code Period.between(born, on).getYears()} does. Both days written as numbers
   * {@code YYYYMMDD}, their difference divided by 10,000 (rounding towards zero) is that count: the
   * month and day parts of the difference never reach 10,000.
   */
  static int age(LocalDate born, LocalDate on) {
    return (int) ((dayNumber(on) - dayNumber(born)) / 10_000);
  }

  private static long dayNumber(LocalDate date) {
    return date.getYear() * 10_000L + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /** The name of each care situation's date property, as the description gives it: since or on. */
  private static final Map<Class<?>, String> CARE_DATES = Model.CARE.variants().stream().collect(
      Collectors.toUnmodifiableMap(variant -> variant.shape().type(), variant -> variant.shape().properties().stream()
          .filter(property -> property.type() == Model.DATE).findFirst().orElseThrow().wireName()));

  /** The name of the care situation's date property: since or on. */
  private static String careDateProperty(CareSituation care) {
    return CARE_DATES.get(care.getClass());
  }
}
