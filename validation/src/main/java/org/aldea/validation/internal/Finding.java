package org.aldea.validation.internal;

import java.util.List;
import org.aldea.validation.Rule;

/**
 * A broken rule found on one entity, before it becomes an issue: the rule, the path of the field
 * inside the entity (empty for the entity itself) and the message arguments.
 *
 * @param rule the rule
 * @param path the property names from the entity to the field
 * @param args the message arguments, ids and figures only
 */
public record Finding(Rule rule, List<String> path, List<String> args) {
  /**
   * Copies the lists.
   *
   * @param rule the rule
   * @param path the property names from the entity to the field
   * @param args the message arguments, ids and figures only
   */
  public Finding {
    path = List.copyOf(path);
    args = List.copyOf(args);
  }

  /** {@return the path as a JSON pointer suffix, for example {@code /care/since}} */
  public String pointerSuffix() {
    StringBuilder pointer = new StringBuilder();
    for (String name : path) { // not forEach: see Messages.pattern
      pointer.append('/').append(name);
    }
    return pointer.toString();
  }
}
