package org.aldea.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;

/**
 * Thrown when a care operation of {@link Dataset} would create a state that breaks a business rule:
 * placing a child in a full family, in a family or village that does not exist, and so on.
 *
 * <p>The message names the child and family by their pseudonymous ids and, for a full family, its
 * capacity; it never contains a child's name.
 */
public final class CareOperationRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Why an operation was refused. */
  public enum Reason {
    /** No child has the given id. */
    UNKNOWN_CHILD,
    /** No SOS family has the given id. */
    UNKNOWN_FAMILY,
    /** The family's village does not exist. */
    UNKNOWN_VILLAGE,
    /** The family has no vacant place. */
    FAMILY_FULL,
    /** The child already lives in an SOS family: move it instead. */
    ALREADY_IN_SOS_FAMILY,
    /** The child does not live in an SOS family, so it cannot be moved. */
    NOT_IN_SOS_FAMILY,
    /** The child already lives in the target family. */
    SAME_FAMILY,
    /** The child has already left care. */
    ALREADY_LEFT_CARE,
    /** The date is certainly before the child was born. */
    DATE_BEFORE_BIRTH,
    /** The date is certainly before the child's current care situation began. */
    DATE_BEFORE_CURRENT_CARE
  }

  /** Why the operation was refused. */
  private final Reason reason;
  /** The child the operation was about. */
  private final ChildId child;
  /** The family the operation named, or null. */
  private final FamilyId family;
  /** The capacity of a full family, or null. */
  private final Integer capacity;

  CareOperationRefusedException(
      Reason reason, ChildId child, FamilyId family, Integer capacity, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason);
    this.child = Objects.requireNonNull(child);
    this.family = family;
    this.capacity = capacity;
  }

  /** {@return why the operation was refused} */
  public Reason reason() {
    return reason;
  }

  /** {@return the child the operation was about} */
  public ChildId child() {
    return child;
  }

  /** {@return the family the operation named, if any} */
  public Optional<FamilyId> family() {
    return Optional.ofNullable(family);
  }

  /** {@return the capacity of the family, when it was full} */
  public OptionalInt capacity() {
    return capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity);
  }
}
