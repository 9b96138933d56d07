package org.aldea.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Consumer;
import org.aldea.core.model.Dataset;
import org.aldea.validation.internal.ChildStreamRules;
import org.aldea.validation.internal.Collector;
import org.aldea.validation.internal.DatasetRules;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates Aldea data against the business rules of the exchange format ({@link Rule}) under a
 * {@link ValidationPolicy}, reporting every issue at once; it never throws for a broken rule.
 *
 * <p>The per-entity rules are Bean Validation constraints on the model's types, checked by
 * Hibernate Validator; the cross-entity rules (duplicates, references, capacities, siblings,
 * target ages, subjects' dates) run over an index of the dataset. Validation costs linear time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AldeaValidator {
  private final ValidationPolicy policy;
  private final Validator validator;

  private AldeaValidator(ValidationPolicy policy) {
    this.policy = policy;
    Clock asOf = Clock.fixed(policy.asOf().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    this.validator = Factory.INSTANCE.unwrap(HibernateValidatorFactory.class).usingContext()
        .constraintValidatorPayload(policy)
        .clockProvider(() -> asOf)
        .getValidator();
  }

  /** The validator factory, built once: building one is costly. */
  private static final class Factory {
    static final ValidatorFactory INSTANCE = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  /**
   * Returns a validator for a policy.
   *
   * @param policy the policy: reference date, oldest age in care, severities, language
   * @return the validator
   */
  public static AldeaValidator create(ValidationPolicy policy) {
    return new AldeaValidator(Objects.requireNonNull(policy, "policy"));
  }

  /** Returns the policy. @return the policy */
  public ValidationPolicy policy() {
    return policy;
  }

  /**
   * Validates a whole dataset.
   *
   * @param dataset the dataset
   * @return every issue found, in document order
   */
  public ValidationReport validate(Dataset dataset) {
    Collector issues = new Collector(policy, null);
    DatasetRules.check(Objects.requireNonNull(dataset, "dataset"), validator, issues);
    return new ValidationReport(issues.sorted());
  }

  /**
   * Starts validating a stream of children against a context: the families, programmes, villages
   * and other entities they refer to (the context itself is not validated; validate it on its own).
   *
   * @param context the entities the children refer to
   * @param issues receives each issue as it is found
   * @return the streaming validation; accept each child, then finish
   */
  public ChildStreamValidation validateChildren(Dataset context, Consumer<Issue> issues) {
    Collector collector = new Collector(policy, Objects.requireNonNull(issues, "issues"));
    return new ChildStreamValidation(new ChildStreamRules(Objects.requireNonNull(context, "context"), validator, collector),
        collector);
  }
}
