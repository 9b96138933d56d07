package org.aldea.core.description;

import java.util.List;

/**
 * A rule across the properties of one object, which the model's builders enforce and the JSON
 * Schema states (as {@code not} clauses, which type generators ignore).
 */
public sealed interface Constraint permits Constraint.AtLeastOne, Constraint.ExactCountWithin {
  /**
   * At least one of the properties is given.
   *
   * @param wireNames the properties
   */
  record AtLeastOne(List<String> wireNames) implements Constraint {
  }

  /**
   * Where the total is given, the count is an exact one (and, which only a decoder checks, not above
   * the total).
   *
   * @param total the total's wire name
   * @param count the count's wire name
   */
  record ExactCountWithin(String total, String count) implements Constraint {}
}
