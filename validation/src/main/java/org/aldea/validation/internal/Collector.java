package org.aldea.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.aldea.core.rules.Severity;
import org.aldea.validation.Issue;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;

/**
 * Turns findings and constraint violations into issues under a policy (severity, switched-off
 * rules, language) and either keeps them for a report, in document order, or passes each on as it
 * comes (streaming).
 *
 * <p>A report keeps at most the policy's {@link ValidationPolicy#maxIssuesPerRuleAndEntity()} issues
 * of one rule for one entity, and counts the rest as omitted, so that its memory is bounded by the
 * entities, not by what one of them lists. The rules report each entity's issues of a rule
 * together (one pass over the entities per rule), which lets the count follow only the entity
 * being reported.
 */
public final class Collector {
  /** Where an issue sits in the document, for ordering: the kind's position, the entity's index. */
  private record Placed(int kind, long index, long sequence, Issue issue) {}

  /**
   * The documented order of a report: by entity in document order, then by pointer, then by rule
   * code; what is still equal keeps the order the rules found it in, which does not depend on
   * chance (Hibernate Validator's violations come in a set of no stable order, but never two of
   * one rule at one pointer).
   */
  private static final Comparator<Placed> DOCUMENT_ORDER = Comparator.comparingInt(Placed::kind)
      .thenComparingLong(Placed::index).thenComparing(placed -> placed.issue().pointer())
      .thenComparing(placed -> placed.issue().code()).thenComparingLong(Placed::sequence);

  private final ValidationPolicy policy;
  private final Consumer<Issue> sink;
  private final List<Placed> kept = new ArrayList<>();
  private long errors;
  private long warnings;
  private long omitted;
  /** The entity whose issues are being kept, and how many of each rule it has had. */
  private int lastKind = -1;
  private long lastIndex = -1;
  private final int[] perRule;

  /**
   * Creates a collector.
   *
   * @param policy the policy
   * @param sink receives each issue as it is found, or null to keep them for {@link #sorted()}
   */
  public Collector(ValidationPolicy policy, Consumer<Issue> sink) {
    this.policy = policy;
    this.sink = sink;
    this.perRule = sink == null ? new int[Rule.values().length] : null;
  }

  /** Returns the policy issues are judged by. */
  public ValidationPolicy policy() {
    return policy;
  }

  /** Returns whether a rule is switched on. */
  public boolean checks(Rule rule) {
    return policy.isEnabled(rule);
  }

  /** Returns the localised name of a kind of entity, for messages: {@code kind.family} and so on. */
  public String kindName(String kind) {
    return Messages.format(policy.locale(), "kind." + kind, List.of());
  }

  /** Adds an issue of a rule at a pointer, unless the rule is switched off. */
  public void add(int kind, long index, Rule rule, String pointer, String entity, List<String> args) {
    if (!policy.isEnabled(rule)) {
      return;
    }
    keep(kind, index, new Issue(rule, policy.severity(rule), pointer, entity,
        Messages.format(policy.locale(), rule.code(), args)));
  }

  /** Adds a finding on the entity at a pointer. */
  public void add(int kind, long index, String entityPointer, String entity, Finding finding) {
    add(kind, index, finding.rule(), entityPointer + finding.pointerSuffix(), entity, finding.args());
  }

  /**
   * Adds an issue another collector of the same policy made: one that passed it to a list, on
   * another thread, for this one to add in its turn.
   */
  public void add(int kind, long index, Issue issue) {
    keep(kind, index, issue);
  }

  private void keep(int kind, long index, Issue issue) {
    if (issue.severity() == Severity.ERROR) {
      errors++;
    } else {
      warnings++;
    }
    if (sink != null) {
      sink.accept(issue);
      return;
    }
    if (kind != lastKind || index != lastIndex) {
      lastKind = kind;
      lastIndex = index;
      java.util.Arrays.fill(perRule, 0);
    }
    if (++perRule[issue.rule().ordinal()] > policy.maxIssuesPerRuleAndEntity()) {
      omitted++;
      return;
    }
    kept.add(new Placed(kind, index, kept.size(), issue));
  }

  /**
   * Keeps another collector's issues after this one's: where two issues share an entity and a
   * pointer, this collector's come first. Both must keep their issues (no sink).
   */
  public void append(Collector other) {
    if (sink != null || other.sink != null) {
      throw new IllegalStateException("only collectors that keep their issues can be joined");
    }
    for (Placed placed : other.kept) {
      kept.add(new Placed(placed.kind(), placed.index(), kept.size(), placed.issue()));
    }
    errors += other.errors;
    warnings += other.warnings;
    omitted += other.omitted;
  }

  /** Returns the kept issues in document order. */
  public List<Issue> sorted() {
    return kept.stream().sorted(DOCUMENT_ORDER).map(Placed::issue).toList();
  }

  /** Returns how many errors were found. */
  public long errors() {
    return errors;
  }

  /** Returns how many warnings were found. */
  public long warnings() {
    return warnings;
  }

  /** Returns how many issues were found but not kept. */
  public long omitted() {
    return omitted;
  }
}
