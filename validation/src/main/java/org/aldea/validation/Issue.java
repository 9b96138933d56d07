package org.aldea.validation;

import java.util.Objects;
import org.aldea.core.rules.Severity;

/**
 * One broken business rule: its {@link Rule}, severity under the policy, the JSON pointer of the
 * entity or field in the exchange document (for example {@code /families/3} or
 * {@code /children/7/care/since}), the id of the entity concerned, and a localised message. Messages
 * name entities by their pseudonymous ids only, never by a child's name.
 *
 * @param rule the rule
 * @param severity its severity under the policy
 * @param pointer the JSON pointer of the entity or field
 * @param entity the id of the entity concerned
 * @param message the localised message
 */
public record Issue(Rule rule, Severity severity, String pointer, String entity, String message) {
  /**
   * Checks that every component is present.
   *
   * @param rule the rule
   * @param severity its severity under the policy
   * @param pointer the JSON pointer of the entity or field
   * @param entity the id of the entity concerned
   * @param message the localised message
   */
  public Issue {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(message, "message");
  }

  /** {@return the rule's code, for example {@code family.over_capacity}} */
  public String code() {
    return rule.code();
  }

  /** Returns the issue as one line: severity, code, pointer, entity and message. */
  @Override
  public String toString() {
    return severity.code() + " " + rule.code() + " at " + pointer + " (" + entity + "): " + message;
  }
}
