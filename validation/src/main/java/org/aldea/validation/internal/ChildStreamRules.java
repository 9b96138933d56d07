package org.aldea.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.aldea.core.description.EntityKind;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.OutcomeId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.validation.Issue;
import org.aldea.validation.Rule;

/**
 * Validates a stream of children against a small context (families, programmes, villages...), one
 * child at a time: each child's own rules and what its care names are reported as it comes;
 * capacities and sibling links when the stream ends, by the same {@link ChildRules} as a whole
 * dataset's. Of the children it keeps a 64-bit hash of each id and the ids of sibling links, never
 * the children themselves.
 *
 * <p>What a child needs of no other child (its own rules, what its care names, its id's hash) is
 * {@linkplain #prepare prepared} for a run of children at a time, on any thread; the rest is
 * {@linkplain #accept(Prepared) accepted} in the stream's order, on one thread, with the prepared
 * issues, so that the issues come in the same order either way.
 *
 * <p>Pointers are {@code /children/N}, N counting the children of the stream from 0, as if the
 * stream were the {@code children} array of a document whose other arrays are the context.
 */
public final class ChildStreamRules {
  private final Collector issues;
  private final ChildRules rules;
  private final Dataset context;
  /**
   * 8 to 16 bits per context id, in words of 64 of which a context id's hash picks one and sets two
   * bits: a child's id is looked up by its hash, which it has already, with one read of a table that
   * stays in the processor's cache (twice the size, it did not, beside the lines being decoded), and
   * only an id whose two bits are set (the context's, or one in 20 to 50 of the others; one in 8 to
   * 16 with one bit) is asked of the context's own lookups, seven of them.
   */
  private final long[] contextBits;
  /** The hash of each child's id, for duplicates as each child comes. */
  private final IdHashes children = new IdHashes();
  private long count;
  /** What warming the set's slots read: kept, so that no compiler leaves the reads out. */
  private long warmth;

  /** Creates the rules for a context; the context's own entities are not validated here. */
  public ChildStreamRules(Dataset context, Collector issues) {
    this.issues = issues;
    this.context = context;
    this.rules = new ChildRules(context, issues, children);
    int ids = 0;
    for (EntityKind<?> kind : EntityKind.values()) {
      ids += kind.in(context).size();
    }
    this.contextBits = new long[Math.max(1, Integer.highestOneBit(Math.max(1, ids)) >> 2)];
    for (EntityKind<?> kind : EntityKind.values()) {
      markIds(kind, context);
    }
  }

  private <T> void markIds(EntityKind<T> kind, Dataset context) {
    for (T entity : kind.in(context)) {
      String id = kind.idOf(entity).value();
      long hash = IdHashes.hash(id);
      contextBits[contextWord(hash)] |= contextMask(hash);
    }
  }

  /** The word of {@link #contextBits} for a hash. */
  private int contextWord(long hash) {
    return (int) (hash >>> 8) & (contextBits.length - 1);
  }

  /** The two bits of its word for a hash, from bits the word's number does not use. */
  private static long contextMask(long hash) {
    return 1L << (hash >>> 52) | 1L << (hash >>> 58);
  }

  /** Whether a child's id, of this hash, is the id of an entity of the context. */
  private boolean inContext(ChildId id, long hash) {
    long mask = contextMask(hash);
    return (contextBits[contextWord(hash)] & mask) == mask && contextHas(id.value());
  }

  /** Whether an entity of the context has an id: asked of the context's lookup of each kind. */
  private boolean contextHas(String id) {
    return context.location(LocationId.of(id)).isPresent() || context.centre(CentreId.of(id)).isPresent()
        || context.programme(ProgrammeId.of(id)).isPresent() || context.village(VillageId.of(id)).isPresent()
        || context.family(FamilyId.of(id)).isPresent() || context.child(ChildId.of(id)).isPresent()
        || context.outcome(OutcomeId.of(id)).isPresent();
  }

  /** Returns how many children were checked. */
  public long count() {
    return count;
  }

  /** Checks one child, the next of the stream. */
  public void accept(Child child) {
    accept(prepare(List.of(child), count));
  }

  /**
   * Checks what a run of children needs of no other child. It reads the context only: any number
   * of runs may be prepared at once, on any threads.
   *
   * @param run the children, in the stream's order
   * @param first the index in the stream of the first of them
   * @return what {@link #accept(Prepared)} needs of them
   */
  public Prepared prepare(List<Child> run, long first) {
    Prepared prepared = new Prepared(run, first);
    Collector found = new Collector(issues.policy(), prepared.issues::add);
    for (int i = 0; i < run.size(); i++) {
      Child child = run.get(i);
      long ordinal = first + i;
      String id = child.id().value();
      prepared.hashes[i] = IdHashes.hash(id);
      prepared.linked[i] = !child.siblings().isEmpty();
      prepared.inContext[i] = inContext(child.id(), prepared.hashes[i]);
      prepared.careIssues[i] = prepared.issues.size();
      prepared.families[i] = rules.care(child, ordinal, found);
      prepared.homes[i] = ChildRules.home(prepared.families[i]);
      prepared.ownIssues[i] = prepared.issues.size();
      EntityRules.check(DatasetRules.CHILDREN, EntityKind.CHILDREN, ordinal, child, found);
    }
    return prepared;
  }

  /**
   * Checks the children of a prepared run against those before them, in the stream's order.
   *
   * @param prepared the next run of the stream
   * @throws IllegalArgumentException if another run should come first
   */
  public void accept(Prepared prepared) {
    if (prepared.first != count) {
      throw new IllegalArgumentException("the run starts at child " + prepared.first + ", not " + count);
    }
    List<Child> run = prepared.children;
    warmth += children.warm(prepared.hashes, run.size());
    for (int i = 0; i < run.size(); i++) {
      Child child = run.get(i);
      long ordinal = count++;
      long hash = prepared.hashes[i];
      boolean first = children.add(hash);
      rules.keep(child, prepared.linked[i], ordinal, hash, prepared.families[i], prepared.homes[i]);
      int end = i + 1 < run.size() ? prepared.careIssues[i + 1] : prepared.issues.size();
      pass(prepared.issues, prepared.careIssues[i], prepared.ownIssues[i], ordinal);
      if (!first || prepared.inContext[i]) {
        String id = child.id().value();
        rules.duplicated(hash);
        issues.add(DatasetRules.CHILDREN, ordinal, Rule.ID_DUPLICATE,
            DatasetRules.pointer(DatasetRules.CHILDREN, ordinal) + "/id", id, List.of(id));
      }
      pass(prepared.issues, prepared.ownIssues[i], end, ordinal);
    }
  }

  private void pass(List<Issue> found, int from, int to, long ordinal) {
    for (int i = from; i < to; i++) {
      issues.add(DatasetRules.CHILDREN, ordinal, found.get(i));
    }
  }

  /**
   * Checks what needs the whole stream: sibling links and family capacities.
   *
   * @param executor where part of it may be done meanwhile; null for this thread alone
   */
  public void finish(Executor executor) {
    rules.finish(executor);
  }

  /** A run of children with what they need of no other child. */
  public static final class Prepared {
    private final List<Child> children;
    private final long first;
    private final long[] hashes;
    private final boolean[] inContext;
    /** Whether each child has siblings: only then does {@link #accept(Prepared)} read the child. */
    private final boolean[] linked;
    /** The family each child lives in, if its care names one that exists, and the hash of its id. */
    private final FamilyId[] families;
    private final long[] homes;
    /** The issues of the run's children, in order: each child's care's, then its own rules'. */
    private final List<Issue> issues = new ArrayList<>();
    /** Where each child's issues about its care start in {@link #issues}, and its own rules'. */
    private final int[] careIssues;
    private final int[] ownIssues;

    private Prepared(List<Child> children, long first) {
      this.children = children;
      this.first = first;
      this.hashes = new long[children.size()];
      this.inContext = new boolean[children.size()];
      this.linked = new boolean[children.size()];
      this.families = new FamilyId[children.size()];
      this.homes = new long[children.size()];
      this.careIssues = new int[children.size()];
      this.ownIssues = new int[children.size()];
    }
  }
}
