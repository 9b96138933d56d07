package org.aldea.core.model;

import org.aldea.core.id.FamilyId;
import org.aldea.core.id.VillageId;
import org.aldea.core.internal.Checks;
import org.aldea.core.rules.BusinessRules;
import org.aldea.core.rules.BusinessWarnings;
import org.aldea.core.rules.Severity;
import org.immutables.value.Value;

/**
 * A household in a children's village, cared for by an SOS mother, father or aunt, with a number
 * of places for children.
 *
 * <p>The children are not listed here: each child's {@link CareSituation.SosFamilyCare} names its
 * family, the one source of truth. {@link Dataset#childrenOf(FamilyId)} finds them.
 *
 * <p>This class is immutable and thread-safe.
 */
@BusinessRules(payload = Severity.Error.class)
@BusinessWarnings(payload = Severity.Warning.class)
@Value.Immutable
public abstract class SosFamily {
  /** The fewest places a family has. */
  public static final int MIN_CAPACITY = 1;

  /** The most places a family has. */
  public static final int MAX_CAPACITY = 15;

  SosFamily() {}

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the family's id} */
  public abstract FamilyId id();

  /** {@return the village the family lives in} */
  public abstract VillageId village();

  /** {@return the family's caregiver} */
  public abstract Caregiver caregiver();

  /** {@return the number of places for children, 1 to 15} */
  public abstract int capacity();

  @Value.Check
  void check() {
    Checks.inRange("capacity", capacity(), MIN_CAPACITY, MAX_CAPACITY);
  }

  /** Builds an {@link SosFamily}; {@code build()} checks the tier-1 rules. */
  public static final class Builder extends ImmutableSosFamily.Builder {
    Builder() {}
  }
}
