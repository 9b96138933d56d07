package org.aldea.core.id;

/**
 * The id of a child; a pseudonymous code, never a name or a national number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id as written on the wire; see {@link EntityId#PATTERN}
 */
public record ChildId(String value) implements EntityId, Comparable<ChildId> {
  /**
   * Creates the id.
   *
   * @param value the id as written on the wire; see {@link EntityId#PATTERN}
   * @throws org.aldea.core.InvalidValueException naming the field {@code id} if the value is
   *     malformed
   */
  public ChildId {
    EntityId.requireValid(value);
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id as written on the wire
   * @return the id
   * @throws org.aldea.core.InvalidValueException if the value is malformed
   */
  public static ChildId of(String value) {
    return new ChildId(value);
  }

  /** Equal to a {@code ChildId} of the same value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ChildId that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(ChildId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id value itself. */
  @Override
  public String toString() {
    return value;
  }
}
