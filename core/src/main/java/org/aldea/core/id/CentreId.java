package org.aldea.core.id;

/**
 * The id of an SOS social centre.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id as written on the wire; see {@link EntityId#PATTERN}
 */
public record CentreId(String value) implements OutcomeSubject, Comparable<CentreId> {
  /**
   * Creates the id.
   *
   * @param value the id as written on the wire; see {@link EntityId#PATTERN}
   * @throws org.aldea.core.InvalidValueException naming the field {@code id} if the value is
   *     malformed
   */
  public CentreId {
    EntityId.requireValid(value);
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id as written on the wire
   * @return the id
   * @throws org.aldea.core.InvalidValueException if the value is malformed
   */
  public static CentreId of(String value) {
    return new CentreId(value);
  }

  /** Equal to a {@code CentreId} of the same value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CentreId that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(CentreId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id value itself. */
  @Override
  public String toString() {
    return value;
  }
}
