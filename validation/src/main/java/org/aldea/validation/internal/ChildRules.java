package org.aldea.validation.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.SosFamily;
import org.aldea.validation.Rule;

/**
 * The rules about children, written once for documents ({@link DatasetRules}) and streams ({@link
 * ChildStreamRules}): what a child's care names exists ({@code reference.unknown}), the child's age
 * suits its programme's target ages, families are not over capacity, and sibling links hold (the
 * sibling is a child, lists the child back, and lives in the same family). Children come one at a
 * time; capacities and siblings are judged by {@link #finish()}, once every child has come.
 *
 * <p>Families and programmes are found through the context's own lookups. Of the children it keeps
 * a 64-bit hash of each id and of its family's, and of each sibling link the two ids ({@link
 * SiblingLinks}): never the children themselves, so that a stream of millions is checked in bounded
 * memory. Links are judged on the hashes, matched by a {@link HashJoin}, in time linear in their
 * number; a stream, which keeps its children's ids as a set already, has siblings looked up in it.
 * A wrong verdict needs two distinct ids with the same 64-bit hash (odds of about n²/2<sup>65</sup>
 * for n ids).
 */
final class ChildRules {
  private final Dataset context;
  private final Collector issues;
  /** The hash of every child's id, in the order they came; null where {@link #known} has them. */
  private long[] children;
  /** The hashes of the children's ids, where the caller keeps them as a set (a stream); else null. */
  private final IdHashes known;
  /** The hash of the id of the family each child lives in, if it exists (0 otherwise). */
  private long[] homes;
  private int childCount;
  /** The hashes of ids that more than one entity has (few: each is an error). */
  private final Set<Long> duplicated = new HashSet<>();
  /** The sibling links, in the order they came. */
  private final SiblingLinks links = new SiblingLinks();

  /**
   * Creates the rules.
   *
   * @param context where the families and programmes that children's care names are found
   * @param issues receives the issues
   * @param expected how many children are expected, if known (0 otherwise)
   */
  ChildRules(Dataset context, Collector issues, int expected) {
    this.context = context;
    this.issues = issues;
    this.known = null;
    this.children = new long[Math.max(expected, 16)];
    this.homes = new long[children.length];
  }

  /**
   * Creates the rules for children whose ids' hashes the caller keeps as a set, adding each child's
   * before the next child comes and before {@link #finish()}: the sibling links are looked up in it.
   *
   * @param context where the families and programmes that children's care names are found
   * @param issues receives the issues
   * @param known the hashes of the ids of the children come so far
   */
  ChildRules(Dataset context, Collector issues, IdHashes known) {
    this.context = context;
    this.issues = issues;
    this.known = known;
    this.homes = new long[16];
  }

  /**
   * Checks what a child's care names and keeps what the end needs.
   *
   * @param child the child
   * @param ordinal its index among the children
   * @param hash the hash of its id
   */
  void accept(Child child, long ordinal, long hash) {
    FamilyId family = care(child, ordinal, issues);
    keep(child, !child.siblings().isEmpty(), ordinal, hash, family, home(family));
  }

  /**
   * Keeps what the end needs of a child whose care was {@linkplain #care checked}: its family and
   * its sibling links. Children must be kept in their order.
   *
   * @param child the child
   * @param linked whether it has siblings: where it does not, the child is not read (a stream's
   *     children were made on other threads, and reading each would wait for memory)
   * @param ordinal its index among the children
   * @param hash the hash of its id
   * @param family the family it lives in, as {@link #care} found it
   * @param home the {@linkplain #home hash} of that family's id
   */
  void keep(Child child, boolean linked, long ordinal, long hash, FamilyId family, long home) {
    if (linked) {
      long text = links.text(child.id().value());
      int position = 0;
      for (ChildId sibling : child.siblings()) {
        links.add(text, hash, links.text(sibling.value()), IdHashes.hash(sibling.value()), ordinal, position++,
            family);
      }
    }
    if (childCount == homes.length) {
      homes = Arrays.copyOf(homes, childCount * 2);
      if (children != null) {
        children = Arrays.copyOf(children, childCount * 2);
      }
    }
    homes[childCount] = home;
    if (children != null) {
      children[childCount] = hash;
    }
    childCount++;
  }

  /** Returns the hash of the id of the family a child lives in, as {@link #care} found it: 0 for none. */
  static long home(FamilyId family) {
    return family == null ? 0 : IdHashes.hash(family.value());
  }

  /**
   * Notes an id that more than one entity has: which child a link to it means is ambiguous (an
   * {@code id.duplicate} of its own), so its links are not judged.
   *
   * @param hash the hash of the id
   */
  void duplicated(long hash) {
    duplicated.add(hash);
  }

  /**
   * Checks what a child's care names; it reads the context only, so it may run on any thread, each
   * with its own collector.
   *
   * @param child the child
   * @param ordinal its index among the children
   * @param issues receives the issues
   * @return the id of the family the child lives in, as the context has it, if its care names one
   *     that exists; otherwise null
   */
  FamilyId care(Child child, long ordinal, Collector issues) {
    CareSituation care = child.care();
    if (care instanceof CareSituation.SosFamilyCare sos) {
      SosFamily family = context.family(sos.family()).orElse(null);
      if (family == null) {
        unknown(child, ordinal, "/care/family", sos.family(), "family", issues);
        return null;
      }
      // The context's id, equal to the child's: what is kept of a stream's children holds no copy.
      return family.id();
    }
    if (care instanceof CareSituation.FamilyOfOriginCare origin) {
      FamilyStrengtheningProgramme programme = context.programme(origin.programme()).orElse(null);
      if (programme == null) {
        unknown(child, ordinal, "/care/programme", origin.programme(), "programme", issues);
      } else if (issues.checks(Rule.PROGRAMME_CHILD_OUTSIDE_TARGET_AGE)) {
        // Not Optional.ifPresent: a lambda made for each child costs the client compiler a call
        // into the virtual machine.
        Optional<Finding> outside = EntityChecks.outsideTargetAge(child, programme);
        if (outside.isPresent()) {
          issues.add(DatasetRules.CHILDREN, ordinal, DatasetRules.pointer(DatasetRules.CHILDREN, ordinal),
              child.id().value(), outside.get());
        }
      }
    }
    // The other situations name nothing.
    return null;
  }

  private static void unknown(Child child, long ordinal, String suffix, EntityId id, String kind, Collector issues) {
    issues.add(DatasetRules.CHILDREN, ordinal, Rule.REFERENCE_UNKNOWN,
        DatasetRules.pointer(DatasetRules.CHILDREN, ordinal) + suffix, child.id().value(),
        List.of(id.value(), issues.kindName(kind)));
  }

  /** Checks what needs every child: sibling links, then family capacities. */
  void finish() {
    finish(null);
  }

  /**
   * Checks what needs every child: sibling links, then family capacities, the families' occupancy
   * counted, and a stream's siblings looked up, on an executor while the links are joined.
   *
   * @param executor where to count and look up; null for this thread
   */
  void finish(Executor executor) {
    List<SosFamily> families = context.families();
    FutureTask<int[]> occupancy = Tasks.start(() -> occupancy(families), executor);
    int linkCount = links.size();
    long[] siblings = new long[linkCount];
    long[] pairs = new long[linkCount];
    long[] back = new long[linkCount];
    for (int i = 0; i < linkCount; i++) {
      siblings[i] = links.siblingHash(i);
      pairs[i] = IdHashes.pair(links.childHash(i), links.siblingHash(i));
      back[i] = IdHashes.pair(links.siblingHash(i), links.childHash(i));
    }
    // Whether each sibling is a child: looked up in the stream's set on another thread meanwhile,
    // or joined with the document's children.
    FutureTask<boolean[]> inStream = children == null ? Tasks.start(() -> known.containsAll(siblings, linkCount),
        executor) : null;
    int[] sibling = children == null ? null : HashJoin.firstMatches(children, childCount, siblings, linkCount, null);
    // The first link from the sibling back to the child, if any.
    int[] reciprocal = HashJoin.firstMatches(pairs, linkCount, back, linkCount, null);
    boolean[] isAChild = inStream == null ? null : Tasks.awaitDone(inStream);
    for (int i = 0; i < linkCount; i++) {
      judge(i, sibling == null ? isAChild[i] : sibling[i] >= 0, reciprocal[i]);
    }
    int[] living = Tasks.awaitDone(occupancy);
    for (int f = 0; f < families.size(); f++) {
      SosFamily family = families.get(f);
      if (living[f] > family.capacity()) {
        String id = family.id().value();
        issues.add(DatasetRules.FAMILIES, f, Rule.FAMILY_OVER_CAPACITY, DatasetRules.pointer(DatasetRules.FAMILIES, f),
            id, List.of(id, String.valueOf(living[f]), String.valueOf(family.capacity())));
      }
    }
  }

  /**
   * Counts the children living in each family: with duplicate ids, against the first family with
   * the id (the one the context's lookup finds).
   */
  private int[] occupancy(List<SosFamily> families) {
    long[] ids = new long[families.size()];
    for (int f = 0; f < ids.length; f++) {
      ids[f] = IdHashes.hash(families.get(f).id().value());
    }
    int[] home = HashJoin.firstMatches(ids, ids.length, homes, childCount, null);
    int[] occupancy = new int[ids.length];
    for (int c = 0; c < childCount; c++) {
      if (home[c] >= 0) {
        occupancy[home[c]]++;
      }
    }
    return occupancy;
  }

  /** Judges link {@code i}, given whether its sibling is a child and its first link back (or -1). */
  private void judge(int i, boolean siblingIsAChild, int back) {
    long ordinal = links.ordinal(i);
    if (!siblingIsAChild) {
      issues.add(DatasetRules.CHILDREN, ordinal, Rule.REFERENCE_UNKNOWN, pointer(i), links.child(i),
          List.of(links.sibling(i), issues.kindName("child")));
      return;
    }
    if (!duplicated.isEmpty()
        && (duplicated.contains(links.childHash(i)) || duplicated.contains(links.siblingHash(i)))) {
      return; // an ambiguous link
    }
    if (back < 0) {
      issues.add(DatasetRules.CHILDREN, ordinal, Rule.CHILD_SIBLINGS_NOT_RECIPROCAL, pointer(i), links.child(i),
          List.of(links.child(i), links.sibling(i)));
      return;
    }
    // A separation is judged only between children who both name each other as siblings and live
    // in families that exist; a pair is reported once, from the child whose id sorts first.
    FamilyId mine = links.family(i);
    FamilyId theirs = links.family(back);
    if (mine != null && theirs != null && !mine.equals(theirs) && links.child(i).compareTo(links.sibling(i)) < 0) {
      issues.add(DatasetRules.CHILDREN, ordinal, Rule.FAMILY_SIBLINGS_SEPARATED, pointer(i), links.child(i),
          List.of(links.child(i), links.sibling(i), mine.value(), theirs.value()));
    }
  }

  private String pointer(int link) {
    return DatasetRules.pointer(DatasetRules.CHILDREN, links.ordinal(link)) + "/siblings/" + links.position(link);
  }
}
