package org.aldea.core.description;

/** Whether a property must be given, and how many values it holds. */
public enum Presence {
  /** Exactly one value, always given. */
  REQUIRED,
  /** At most one value; absent or {@code null} on the wire means none. */
  OPTIONAL,
  /** Any number of values in a given order; absent or {@code null} on the wire means none. */
  LIST,
  /** Any number of distinct values; absent or {@code null} on the wire means none. */
  SET
}
