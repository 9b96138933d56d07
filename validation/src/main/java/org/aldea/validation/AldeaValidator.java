package org.aldea.validation;

import jakarta.validation.ClockProvider;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.aldea.core.model.Dataset;
import org.aldea.json.Decoded;
import org.aldea.validation.internal.ChildStreamRules;
import org.aldea.validation.internal.Collector;
import org.aldea.validation.internal.DatasetRules;
import org.aldea.validation.internal.EntityRules;
import org.aldea.validation.internal.Tasks;

/**
 * Validates Aldea data against the business rules of the exchange format ({@link Rule}) under a
 * {@link ValidationPolicy}, reporting every issue at once; it never throws for a broken rule.
 *
 * <p>The per-entity rules (a catalogue checked on each entity in turn, the same that Hibernate
 * Validator applies to the model's {@code @BusinessRules}) and the cross-entity rules (duplicates,
 * references, capacities, siblings, target ages, subjects' dates) run over the dataset without
 * nested loops: validation costs linear time.
 *
 * <p>Validation runs on the calling thread unless the caller says otherwise: it never takes a
 * thread of the application's own (such as the common {@code ForkJoinPool}) unasked. The two kinds
 * of rule share nothing, so {@link #create(ValidationPolicy, Executor)} can check the per-entity
 * rules as one task on an executor the caller passes while the calling thread checks the
 * cross-entity rules (alone, the calling thread checks both as it reads each entity once). If the
 * task has not started when the calling thread is done (a busy or rejecting executor), the calling
 * thread runs it itself, so validation never waits on a queue. The report is the same either way.
 * A {@linkplain #validateChildren stream of children} is checked the same way, a run of children
 * at a time ({@link ChildStreamValidation}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AldeaValidator {
  private static final Executor CALLING_THREAD = Runnable::run;

  private final ValidationPolicy policy;
  /** Where the per-entity rules run. */
  private final Executor executor;
  /** Tells the reference date of each validation; null for the policy's own. */
  private final ClockProvider clock;

  private AldeaValidator(ValidationPolicy policy, Executor executor, ClockProvider clock) {
    this.policy = policy;
    this.executor = executor;
    this.clock = clock;
  }

  /**
   * Returns a validator for a policy, which validates on the calling thread.
   *
   * @param policy the policy: reference date, oldest age in care, severities, language
   * @return the validator
   */
  public static AldeaValidator create(ValidationPolicy policy) {
    return new AldeaValidator(Objects.requireNonNull(policy, "policy"), CALLING_THREAD, null);
  }

  /**
   * Returns a validator for a policy that checks the per-entity rules of a dataset on an executor.
   *
   * @param policy the policy: reference date, oldest age in care, severities, language
   * @param executor where the per-entity rules of {@link #validate(Dataset)} run, while the calling
   *     thread checks the cross-entity rules (faster on two processors or more), and where runs of a
   *     {@linkplain #validateChildren stream's} children are checked; for the calling thread alone,
   *     {@link #create(ValidationPolicy)}, which reads each child once for both kinds of rule
   * @return the validator
   */
  public static AldeaValidator create(ValidationPolicy policy, Executor executor) {
    return new AldeaValidator(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(executor, "executor"),
        null);
  }

  /**
   * Returns a validator like this one whose reference date is today by a clock, read when each
   * validation starts, in place of the policy's: the clock Bean Validation is given, for the same
   * "today" in {@code @Valid} and here. The clock's time zone says when a day begins.
   *
   * @param clock the clock of the reference date; a fixed clock gives a fixed date
   * @return the validator
   */
  public AldeaValidator withClock(ClockProvider clock) {
    return new AldeaValidator(policy, executor, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Returns a validator like this one whose messages are in another language: a request's, say.
   *
   * @param locale the language of messages, as {@link ValidationPolicy.Builder#locale} takes it
   * @return the validator
   */
  public AldeaValidator withLocale(Locale locale) {
    return new AldeaValidator(policy.withLocale(Objects.requireNonNull(locale, "locale")), executor, clock);
  }

  /**
   * Returns the policy: with a {@linkplain #withClock clock}, the reference date is today's by the
   * clock.
   *
   * @return the policy in force now
   */
  public ValidationPolicy policy() {
    return clock == null ? policy : policy.withAsOf(LocalDate.now(clock.getClock()));
  }

  /**
   * Validates a whole dataset.
   *
   * @param dataset the dataset
   * @return every issue found, in document order
   */
  public ValidationReport validate(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    ValidationPolicy policy = policy();
    if (executor == CALLING_THREAD) {
      Collector issues = new Collector(policy, null);
      DatasetRules.check(dataset, issues, true);
      return report(issues);
    }
    Collector perEntity = new Collector(policy, null);
    FutureTask<Void> entities = Tasks.start(() -> {
      EntityRules.check(dataset, kind -> true, perEntity);
      return null;
    }, executor);
    Collector acrossEntities = new Collector(policy, null);
    DatasetRules.check(dataset, acrossEntities, false);
    Tasks.awaitDone(entities);
    perEntity.append(acrossEntities);
    return report(perEntity);
  }

  private static ValidationReport report(Collector issues) {
    return new ValidationReport(issues.sorted(), issues.errors(), issues.warnings(), issues.omitted());
  }

  /**
   * Validates a decoded dataset: its report carries the warnings of decoding it too.
   *
   * @param decoded the dataset as decoded, with its warnings
   * @return every issue found, in document order, and the decode warnings
   */
  public ValidationReport validate(Decoded<Dataset> decoded) {
    Objects.requireNonNull(decoded, "decoded");
    return validate(decoded.value()).withDecodeWarnings(decoded.warnings());
  }

  /**
   * Starts validating a stream of children against a context: the families, programmes, villages
   * and other entities they refer to (the context itself is not validated; validate it on its own).
   *
   * @param context the entities the children refer to
   * @param issues receives the issues in the stream's order, on the calling thread: each child's
   *     as it is accepted, or, from a validator given an executor, some children later
   * @return the streaming validation; accept each child, then finish
   */
  public ChildStreamValidation validateChildren(Dataset context, Consumer<Issue> issues) {
    Collector collector = new Collector(policy(), Objects.requireNonNull(issues, "issues"));
    return new ChildStreamValidation(new ChildStreamRules(Objects.requireNonNull(context, "context"), collector),
        collector, executor == CALLING_THREAD ? null : executor);
  }
}
