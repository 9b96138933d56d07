package org.aldea.core.model;

import java.util.Optional;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.VillageId;
import org.aldea.core.internal.Checks;
import org.aldea.core.value.PartialDate;
import org.aldea.core.rules.NoDateInFuture;
import org.immutables.value.Value;

/**
 * A children's village: a group of {@linkplain SosFamily SOS families} where children who cannot
 * live with their parents grow up. {@link Dataset#familiesOf(VillageId)} finds its families.
 *
 * <p>This class is immutable and thread-safe.
 */
@NoDateInFuture
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

  /** Returns the village's id. @return the id */
  public abstract VillageId id();

  /** Returns the village's name. @return the name */
  public abstract String name();

  /** Returns where the village is. @return the location id */
  public abstract LocationId location();

  /** Returns when the village opened, if known. @return the date */
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
