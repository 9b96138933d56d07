package org.aldea.core.description;

/**
 * How much a property can tell about a person, which decides what anonymisation does with it.
 */
public enum Protection {
  /**
   * Points at a person on its own: a name, or an id (pseudonymous, but linkable within a dataset).
   * Anonymisation drops the value, or replaces an id by a keyed pseudonym.
   */
  IDENTIFYING,
  /**
   * Identifies a person when combined with other facts: dates about a child or a caregiver.
   * Anonymisation coarsens a date; other values are kept.
   */
  QUASI_IDENTIFYING,
  /** About places, programmes and figures, not about a person. Kept as it is. */
  NOT_PERSONAL
}
