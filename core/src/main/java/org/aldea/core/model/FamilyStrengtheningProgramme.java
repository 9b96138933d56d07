package org.aldea.core.model;

import java.util.Optional;
import java.util.Set;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.internal.Checks;
import org.aldea.core.rules.BusinessRules;
import org.aldea.core.rules.BusinessWarnings;
import org.aldea.core.rules.Severity;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.immutables.value.Value;

/**
 * A family strengthening programme: it supports families at risk so that their children are not
 * abandoned, usually from a social centre ("up to 80 mothers and their children").
 *
 * <p>Reports rarely give every figure, so the start, target ages, capacity and reach are optional.
 *
 * <p>This class is immutable and thread-safe.
 */
@BusinessRules(payload = Severity.Error.class)
@BusinessWarnings(payload = Severity.Warning.class)
@Value.Immutable
public abstract class FamilyStrengtheningProgramme {
  /** What a programme works on with families. */
  public enum FocusArea {
    /** Children's rights. */
    CHILD_RIGHTS,
    /** Positive parenting. */
    POSITIVE_PARENTING,
    /** Fathers' participation in care. */
    FATHERS_PARTICIPATION,
    /** Nutrition. */
    NUTRITION,
    /** Health. */
    HEALTH,
    /** Income generation. */
    INCOME_GENERATION,
    /** Preparing children for school. */
    SCHOOL_PREPARATION,
    /** Follow-up of children's biological families. */
    BIOLOGICAL_FAMILY_FOLLOW_UP,
    /** Care by relatives (kinship care). */
    KINSHIP_CARE,
    /** Economic support for families at high risk. */
    ECONOMIC_SUPPORT
  }

  FamilyStrengtheningProgramme() {}

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the programme's id} */
  public abstract ProgrammeId id();

  /** {@return the programme's name} */
  public abstract String name();

  /** {@return where the programme works} */
  public abstract LocationId location();

  /** {@return the social centre the programme runs from, if any} */
  public abstract Optional<CentreId> centre();

  /** {@return when the programme started, if known} */
  public abstract Optional<PartialDate> started();

  /** {@return what the programme works on} */
  public abstract Set<FocusArea> focusAreas();

  /** {@return the ages of the children the programme is meant for, if set} */
  public abstract Optional<AgeRange> targetAge();

  /** {@return how many families the programme can support, if reported} */
  public abstract Optional<Count> capacity();

  /** {@return how many children and families the programme reached, if reported} */
  public abstract Optional<Reach> reach();

  @Value.Check
  void check() {
    Checks.text("name", name(), Checks.MAX_NAME_LENGTH);
  }

  /** Builds a {@link FamilyStrengtheningProgramme}; {@code build()} checks the tier-1 rules. */
  public static final class Builder extends ImmutableFamilyStrengtheningProgramme.Builder {
    Builder() {}
  }
}
