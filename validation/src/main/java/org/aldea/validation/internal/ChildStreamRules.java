package org.aldea.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aldea.core.description.EntityKind;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.SosFamily;
import org.aldea.validation.Rule;

/**
 * Validates a stream of children against a small context (families, programmes, villages...), one
 * child at a time: per-child rules and references are reported as each child comes; capacity and
 * sibling rules when the stream ends. It keeps a counter per family, a 64-bit hash of each
 * child's id, and the ids of sibling links, never the children themselves.
 *
 * <p>Pointers are {@code /children/N}, N counting the children of the stream from 0, as if the
 * stream were the {@code children} array of a document whose other arrays are the context.
 */
public final class ChildStreamRules {
  private static final int NO_FAMILY = -1;

  private final Collector issues;
  private final Map<String, Object> context = new HashMap<>();
  private final Map<String, Integer> familyIndex = new HashMap<>();
  /** The position of each family of the context, by identity. */
  private final Map<SosFamily, Integer> familyPositions = new IdentityHashMap<>();
  /** What a child's care names, found in the context. */
  private final CareRules.Context careContext = new CareRules.Context() {
    @Override
    public SosFamily family(FamilyId id) {
      Integer index = familyIndex.get(id.value());
      return index == null ? null : families.get(index);
    }

    @Override
    public FamilyStrengtheningProgramme programme(ProgrammeId id) {
      Object programme = context.get(id.value());
      return programme instanceof FamilyStrengtheningProgramme ? (FamilyStrengtheningProgramme) programme : null;
    }
  };
  private final List<SosFamily> families;
  private final int[] occupancy;
  private final IdHashes children = new IdHashes();
  private final IdHashes links = new IdHashes();
  /** The hashes of ids that more than one child of the stream has (few: each is an error). */
  private final Set<Long> duplicated = new HashSet<>();
  private final List<Link> pending = new ArrayList<>();
  private long count;

  /**
   * A sibling link to check at the end: child A (at an ordinal, in a family index or
   * {@link #NO_FAMILY}) lists sibling B at position k.
   */
  private record Link(String child, String sibling, long ordinal, int position, int family) {}

  /** Creates the rules for a context; the context's own entities are not validated here. */
  public ChildStreamRules(Dataset context, Collector issues) {
    this.issues = issues;
    this.families = context.families();
    this.occupancy = new int[families.size()];
    for (EntityKind<?> kind : EntityKind.values()) {
      index(kind, context);
    }
    for (int f = 0; f < families.size(); f++) {
      familyIndex.putIfAbsent(families.get(f).id().value(), f);
      familyPositions.putIfAbsent(families.get(f), f);
    }
  }

  private <T> void index(EntityKind<T> kind, Dataset dataset) {
    kind.in(dataset).forEach(entity -> context(kind.idOf(entity), entity));
  }

  private void context(EntityId id, Object entity) {
    context.putIfAbsent(id.value(), entity);
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
    int family = NO_FAMILY;
    SosFamily found = CareRules.check(child, ordinal, careContext, issues);
    if (found != null) {
      family = familyPositions.get(found);
      occupancy[family]++;
    }
    if (!children.add(hash) || context.containsKey(id)) {
      duplicated.add(hash);
      issues.add(DatasetRules.CHILDREN, ordinal, Rule.ID_DUPLICATE, pointer(ordinal, "/id"), id, List.of(id));
    }
    for (Finding finding : EntityChecks.check(child, issues.policy())) {
      issues.add(DatasetRules.CHILDREN, ordinal, pointer(ordinal, ""), id, finding);
    }
    int position = 0;
    for (ChildId sibling : child.siblings()) {
      links.add(IdHashes.pair(hash, IdHashes.hash(sibling.value())));
      pending.add(new Link(id, sibling.value(), ordinal, position++, family));
    }
  }

  /** The pointer of a child of the stream, built only for an issue. */
  private static String pointer(long ordinal, String suffix) {
    return DatasetRules.pointer(DatasetRules.CHILDREN, ordinal) + suffix;
  }

  /** Checks what needs the whole stream: family capacities and sibling links. */
  public void finish() {
    // The family of every child that lists siblings, the first time its id was seen: a separation
    // is reported only for reciprocal pairs, whose both children list siblings.
    Map<Long, Integer> siblingFamilies = new HashMap<>();
    for (Link link : pending) {
      siblingFamilies.putIfAbsent(IdHashes.hash(link.child()), link.family());
    }
    for (Link link : pending) {
      String at = pointer(link.ordinal(), "/siblings/" + link.position());
      long child = IdHashes.hash(link.child());
      long sibling = IdHashes.hash(link.sibling());
      if (!children.contains(sibling)) {
        issues.add(DatasetRules.CHILDREN, link.ordinal(), Rule.REFERENCE_UNKNOWN, at, link.child(),
            List.of(link.sibling(), issues.kindName("child")));
        continue;
      }
      if (duplicated.contains(child) || duplicated.contains(sibling)) {
        continue; // an ambiguous link, as in a whole dataset
      }
      if (!links.contains(IdHashes.pair(sibling, child))) {
        issues.add(DatasetRules.CHILDREN, link.ordinal(), Rule.CHILD_SIBLINGS_NOT_RECIPROCAL, at, link.child(),
            List.of(link.child(), link.sibling()));
        continue;
      }
      int mine = siblingFamilies.get(child);
      int theirs = siblingFamilies.get(sibling);
      // A reciprocal pair is reported once, from the child whose id sorts first.
      if (link.child().compareTo(link.sibling()) < 0 && mine != NO_FAMILY && theirs != NO_FAMILY && mine != theirs) {
        issues.add(DatasetRules.CHILDREN, link.ordinal(), Rule.FAMILY_SIBLINGS_SEPARATED, at, link.child(),
            List.of(link.child(), link.sibling(), families.get(mine).id().value(), families.get(theirs).id().value()));
      }
    }
    for (int f = 0; f < families.size(); f++) {
      SosFamily family = families.get(f);
      if (occupancy[f] > family.capacity()) {
        issues.add(DatasetRules.FAMILIES, f, Rule.FAMILY_OVER_CAPACITY,
            DatasetRules.pointer(DatasetRules.FAMILIES, f), family.id().value(), List.of(family.id().value(), String.valueOf(occupancy[f]), String.valueOf(family.capacity())));
      }
    }
  }
}
