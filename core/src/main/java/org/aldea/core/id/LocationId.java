package org.aldea.core.id;

/**
 * The id of a location (a town or city where SOS works).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id as written on the wire; see {@link EntityId#PATTERN}
 */
public record LocationId(String value) implements OutcomeSubject, Comparable<LocationId> {
  /**
   * Creates the id.
   *
   * @param value the id as written on the wire; see {@link EntityId#PATTERN}
   * @throws org.aldea.core.InvalidValueException naming the field {@code id} if the value is
   *     malformed
   */
  public LocationId {
    EntityId.requireValid(value);
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id as written on the wire
   * @return the id
   * @throws org.aldea.core.InvalidValueException if the value is malformed
   */
  public static LocationId of(String value) {
    return new LocationId(value);
  }

  /** Equal to a {@code LocationId} of the same value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof LocationId that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(LocationId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id value itself. */
  @Override
  public String toString() {
    return value;
  }
}
