package org.aldea.core.model;

import java.util.Optional;
import org.aldea.core.value.PartialDate;
import org.immutables.value.Value;

/**
 * The adult who runs an SOS family, by role, and since when.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Caregiver {
  /** The roles a caregiver has. */
  public enum Role {
    /** An SOS mother. */
    SOS_MOTHER,
    /** An SOS father. */
    SOS_FATHER,
    /** An SOS aunt, who stands in for or supports an SOS mother. */
    SOS_AUNT
  }

  Caregiver() {}

  /**
   * Returns a caregiver with a role and no known start.
   *
   * @param role the role
   * @return the caregiver
   */
  public static Caregiver of(Role role) {
    return builder().role(role).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the caregiver's role} */
  public abstract Role role();

  /** {@return since when the caregiver has had this role, if known} */
  public abstract Optional<PartialDate> since();

  /** Builds a {@link Caregiver}. */
  public static final class Builder extends ImmutableCaregiver.Builder {
    Builder() {}
  }
}
