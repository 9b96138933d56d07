package org.aldea.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.validation.Rule;

/**
 * Validates a stream of children against a small context (families, programmes, villages...), one
 * child at a time: each child's own rules and what its care names are reported as it comes;
 * capacities and sibling links when the stream ends, by the same {@link ChildRules} as a whole
 * dataset's. Of the children it keeps a 64-bit hash of each id and the ids of sibling links, never
 * the children themselves.
 *
 * <p>Pointers are {@code /children/N}, N counting the children of the stream from 0, as if the
 * stream were the {@code children} array of a document whose other arrays are the context.
 */
public final class ChildStreamRules {
  private final Dataset context;
  private final Collector issues;
  private final ChildRules rules;
  /** The context's ids. */
  private final Set<String> contextIds = new HashSet<>();
  /** The hash of each child's id, for duplicates as each child comes. */
  private final IdHashes children = new IdHashes();
  private long count;

  /** Creates the rules for a context; the context's own entities are not validated here. */
  public ChildStreamRules(Dataset context, Collector issues) {
    this.context = context;
    this.issues = issues;
    this.rules = new ChildRules(context, issues, children);
    for (EntityKind<?> kind : EntityKind.values()) {
      hashIds(kind);
    }
  }

  private <T> void hashIds(EntityKind<T> kind) {
    kind.in(context).forEach(entity -> contextIds.add(kind.idOf(entity).value()));
  }

  /** Returns how many children were checked. */
  public long count() {
    return count;
  }

  /** Checks one child, the next of the stream. */
  public void accept(Child child) {
    long ordinal = count++;
    String id = child.id().value();
    long hash = IdHashes.hash(id);
    boolean first = children.add(hash);
    rules.accept(child, ordinal, hash);
    if (!first || contextIds.contains(id)) {
      rules.duplicated(hash);
      issues.add(DatasetRules.CHILDREN, ordinal, Rule.ID_DUPLICATE,
          DatasetRules.pointer(DatasetRules.CHILDREN, ordinal) + "/id", id, List.of(id));
    }
    EntityRules.check(DatasetRules.CHILDREN, EntityKind.CHILDREN, ordinal, child, issues);
  }

  /** Checks what needs the whole stream: family capacities and sibling links. */
  public void finish() {
    rules.finish();
  }
}
