package org.aldea.core.id;

/**
 * The id of a reported outcome.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id as written on the wire; see {@link EntityId#PATTERN}
 */
public record OutcomeId(String value) implements EntityId, Comparable<OutcomeId> {
  /**
   * Creates the id.
   *
   * @param value the id as written on the wire; see {@link EntityId#PATTERN}
   * @throws org.aldea.core.InvalidValueException naming the field {@code id} if the value is
   *     malformed
   */
  public OutcomeId {
    EntityId.requireValid(value);
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id as written on the wire
   * @return the id
   * @throws org.aldea.core.InvalidValueException if the value is malformed
   */
  public static OutcomeId of(String value) {
    return new OutcomeId(value);
  }

  /** Equal to an {@code OutcomeId} of the same value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof OutcomeId that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(OutcomeId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id value itself. */
  @Override
  public String toString() {
    return value;
  }
}
