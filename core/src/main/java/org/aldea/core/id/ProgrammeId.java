package org.aldea.core.id;

/**
 * The id of a family strengthening programme.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id as written on the wire; see {@link EntityId#PATTERN}
 */
public record ProgrammeId(String value) implements OutcomeSubject, Comparable<ProgrammeId> {
  /**
   * Creates the id.
   *
   * @param value the id as written on the wire; see {@link EntityId#PATTERN}
   * @throws org.aldea.core.InvalidValueException naming the field {@code id} if the value is
   *     malformed
   */
  public ProgrammeId {
    EntityId.requireValid(value);
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id as written on the wire
   * @return the id
   * @throws org.aldea.core.InvalidValueException if the value is malformed
   */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }

  /** Equal to a {@code ProgrammeId} of the same value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ProgrammeId that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(ProgrammeId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id value itself. */
  @Override
  public String toString() {
    return value;
  }
}
