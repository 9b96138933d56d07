package org.aldea.validation;

import org.aldea.core.model.Child;
import org.aldea.validation.internal.ChildStreamRules;
import org.aldea.validation.internal.Collector;

/**
 * Validates an arbitrarily long stream of children, one at a time, against a small context (the
 * families, programmes and villages they refer to). Per-child issues reach the consumer as each
 * child is {@linkplain #accept(Child) accepted}; family capacities and sibling links are checked by
 * {@link #finish()}. Memory grows with the families, with three 64-bit hashes per child (its id's,
 * in a set for duplicates as it comes and in a list for the end, and its family's: about 27 bytes,
 * 53 while they grow) and with the ids of each sibling link, never with the children's records;
 * {@link #finish()} needs about 60 bytes more per link, and 12 per child, while it runs.
 *
 * <p>Pointers are {@code /children/N}, N counting the stream's children from 0, and
 * {@code /families/N} into the context. Obtain one from
 * {@link AldeaValidator#validateChildren(org.aldea.core.model.Dataset, java.util.function.Consumer)}.
 *
 * <p>This class is not thread-safe.
 */
public final class ChildStreamValidation {
  private final ChildStreamRules rules;
  private final Collector issues;
  private boolean finished;

  ChildStreamValidation(ChildStreamRules rules, Collector issues) {
    this.rules = rules;
    this.issues = issues;
  }

  /**
   * Checks the next child of the stream.
   *
   * @param child the child
   * @throws IllegalStateException after {@link #finish()}
   */
  public void accept(Child child) {
    if (finished) {
      throw new IllegalStateException("the stream validation is finished");
    }
    rules.accept(child);
  }

  /**
   * Checks what needs the whole stream and returns the counts. Call it once, after the last child.
   *
   * @return the counts of children, errors and warnings
   */
  public StreamSummary finish() {
    if (!finished) {
      finished = true;
      rules.finish();
    }
    return new StreamSummary(rules.count(), issues.errors(), issues.warnings());
  }
}
