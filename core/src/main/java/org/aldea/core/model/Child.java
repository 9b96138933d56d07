package org.aldea.core.model;

import java.util.Optional;
import java.util.Set;
import org.aldea.core.InvalidValueException;
import org.aldea.core.id.ChildId;
import org.aldea.core.internal.Checks;
import org.aldea.core.rules.BusinessRules;
import org.aldea.core.rules.BusinessWarnings;
import org.aldea.core.rules.Severity;
import org.aldea.core.value.PartialDate;
import org.immutables.value.Value;

/**
 * A child known to a programme, identified by a pseudonymous id, with one current {@linkplain
 * CareSituation care situation}.
 *
 * <p>The optional {@link #name()} is personal data: it never appears in {@code toString()}, in
 * exception messages or in validation messages.
 *
 * <p>This class is immutable and thread-safe.
 */
@BusinessRules(payload = Severity.Error.class)
@BusinessWarnings(payload = Severity.Warning.class)
@Value.Immutable
public abstract class Child {
  /** How far a child has come in education. */
  public enum Education {
    /** Too young for school. */
    NOT_YET_SCHOOL_AGE,
    /** In early childhood education (kindergarten). */
    EARLY_CHILDHOOD,
    /** In primary school. */
    PRIMARY_SCHOOL,
    /** In secondary school. */
    SECONDARY_SCHOOL,
    /** In vocational training. */
    VOCATIONAL_TRAINING,
    /** In higher education. */
    HIGHER_EDUCATION,
    /** Of school age but not enrolled. */
    NOT_ENROLLED,
    /** Has completed education. */
    COMPLETED
  }

  Child() {}

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the child's pseudonymous id} */
  public abstract ChildId id();

  /**
   * Returns the child's name, if recorded. This is personal data: it is redacted from
   * {@code toString()} and dropped by anonymisation.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract Optional<String> name();

  /** {@return when the child was born; often only the year is known} */
  public abstract PartialDate born();

  /** {@return the child's current care situation} */
  public abstract CareSituation care();

  /** {@return how far the child has come in education} */
  public abstract Education education();

  /** {@return whether the child receives special-needs support at school} */
  @Value.Default
  public boolean adaptedTeaching() {
    return false;
  }

  /**
   * Returns the ids of the child's siblings, in the order they were given (the exchange format
   * writes them sorted).
   *
   * @return the sibling ids
   */
  public abstract Set<ChildId> siblings();

  /** {@return whether the child has a sponsor} */
  @Value.Default
  public boolean sponsored() {
    return false;
  }

  @Value.Check
  void check() {
    name().ifPresent(name -> Checks.text("name", name, Checks.MAX_NAME_LENGTH));
    if (siblings().contains(id())) {
      throw new InvalidValueException("siblings", "must not contain the child's own id");
    }
  }

  /** Builds a {@link Child}; {@code build()} checks the tier-1 rules. */
  public static final class Builder extends ImmutableChild.Builder {
    Builder() {}
  }
}
