package org.aldea.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.aldea.core.model.Child;
import org.aldea.validation.internal.ChildStreamRules;
import org.aldea.validation.internal.Collector;
import org.aldea.validation.internal.Tasks;

/**
 * Validates an arbitrarily long stream of children, one at a time, against a small context (the
 * families, programmes and villages they refer to). Per-child issues reach the consumer in the
 * stream's order; family capacities and sibling links are checked by {@link #finish()}. Memory
 * grows with the families, with three 64-bit hashes per child (its id's, in a set for duplicates
 * as it comes and in a list for the end, and its family's: about 27 bytes, 53 while they grow) and
 * with the ids of each sibling link, never with the children's records; {@link #finish()} needs
 * about 60 bytes more per link, and 12 per child, while it runs.
 *
 * <p>From a validator that validates on the calling thread, each child's issues reach the
 * consumer before {@link #accept(Child)} returns. From one {@linkplain
 * AldeaValidator#create(ValidationPolicy, java.util.concurrent.Executor) given an executor}, what
 * a child needs of no other child (its own rules, what its care names) is checked on the executor
 * for runs of {@value #RUN} children, up to {@value #RUNS_AHEAD} runs at a time, while the calling
 * thread goes on; its issues reach the consumer some children later, on the calling thread, and
 * all of them by {@link #finish()}. A run the executor has not started when the calling thread
 * needs it is checked by the calling thread itself. The issues and their order are the same
 * either way.
 *
 * <p>Pointers are {@code /children/N}, N counting the stream's children from 0, and
 * {@code /families/N} into the context. Obtain one from
 * {@link AldeaValidator#validateChildren(org.aldea.core.model.Dataset, java.util.function.Consumer)}.
 *
 * <p>This class is not thread-safe.
 */
public final class ChildStreamValidation {
  /** How many children are checked on the executor as one task. */
  static final int RUN = 512;
  /** How many runs may be checked on the executor at once. */
  static final int RUNS_AHEAD = 2;

  private final ChildStreamRules rules;
  private final Collector issues;
  /** Where runs are checked; null for the calling thread, each child as it comes. */
  private final Executor executor;
  private final ArrayDeque<FutureTask<ChildStreamRules.Prepared>> ahead = new ArrayDeque<>();
  private List<Child> run = new ArrayList<>(RUN);
  /** The index of the next child accepted. */
  private long next;
  private boolean finished;

  ChildStreamValidation(ChildStreamRules rules, Collector issues, Executor executor) {
    this.rules = rules;
    this.issues = issues;
    this.executor = executor;
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
    if (executor == null) {
      rules.accept(child);
      return;
    }
    run.add(child);
    if (run.size() == RUN) {
      startRun();
      // Take what is done, without waiting unless too many runs are ahead.
      while (!ahead.isEmpty() && (ahead.size() > RUNS_AHEAD || ahead.peek().isDone())) {
        rules.accept(Tasks.awaitDone(ahead.poll()));
      }
    }
  }

  private void startRun() {
    List<Child> children = run;
    long first = next;
    next += children.size();
    run = new ArrayList<>(RUN);
    ahead.add(Tasks.start(() -> rules.prepare(children, first), executor));
  }

  /**
   * Checks what needs the whole stream and returns the counts. Call it once, after the last child.
   *
   * @return the counts of children, errors and warnings
   */
  public StreamSummary finish() {
    if (!finished) {
      finished = true;
      if (!run.isEmpty()) {
        startRun();
      }
      while (!ahead.isEmpty()) {
        rules.accept(Tasks.awaitDone(ahead.poll()));
      }
      rules.finish(executor);
    }
    return new StreamSummary(rules.count(), issues.errors(), issues.warnings());
  }
}
