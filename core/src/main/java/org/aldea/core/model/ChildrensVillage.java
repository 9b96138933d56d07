package org.aldea.core.model;

import java.util.Optional;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.VillageId;
import org.aldea.core.internal.Checks;
import org.aldea.core.rules.BusinessRules;
import org.aldea.core.rules.BusinessWarnings;
import org.aldea.core.rules.Severity;
import org.aldea.core.value.PartialDate;
import org.immutables.value.Value;

/**
 * A children's village: a group of {@linkplain SosFamily SOS families} where children who cannot
 * live with their parents grow up. {@link Dataset#familiesOf(VillageId)} finds its families.
 *
 * <p>This class is immutable and thread-safe.
 */
@BusinessRules(payload = Severity.Error.class)
@BusinessWarnings(payload = Severity.Warning.class)
@Value.Immutable
public abstract class ChildrensVillage {
  ChildrensVillage() {}

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the village's id} */
  public abstract VillageId id();

  /** {@return the village's name} */
  public abstract String name();

  /** {@return where the village is} */
  public abstract LocationId location();

  /** {@return when the village opened, if known} */
  public abstract Optional<PartialDate> opened();

  @Value.Check
  void check() {
    Checks.text("name", name(), Checks.MAX_NAME_LENGTH);
  }

  /** Builds a {@link ChildrensVillage}; {@code build()} checks the tier-1 rules. */
  public static final class Builder extends ImmutableChildrensVillage.Builder {
    Builder() {}
  }
}
