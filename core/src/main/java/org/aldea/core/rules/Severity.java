package org.aldea.core.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How serious a broken business rule is: errors make the data invalid, warnings do not.
 *
 * <p>Bean Validation sees it as a payload: a violation of {@link BusinessRules} carries
 * {@link Severity.Error}, one of {@link BusinessWarnings} carries {@link Severity.Warning}, so that
 * {@code violation.getConstraintDescriptor().getPayload().contains(Severity.Warning.class)} tells a
 * warning; {@link #of(ConstraintViolation)} says it in one call.
 */
public enum Severity {
  /** The data breaks a rule and is invalid. */
  ERROR,
  /** The data is undesirable but valid. */
  WARNING;

  /** The Bean Validation payload of a violation that is an error. */
  public interface Error extends Payload {}

  /** The Bean Validation payload of a violation that is a warning. */
  public interface Warning extends Payload {}

  /** {@return the wire form: {@code error} or {@code warning}} */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@return the Bean Validation payload that marks a violation of this severity} */
  public Class<? extends Payload> payload() {
    return this == ERROR ? Error.class : Warning.class;
  }

  /**
   * Returns the severity a constraint violation's payload names.
   *
   * @param violation a violation of any constraint
   * @return its severity: the payload's, or {@link BusinessWarnings}' and {@link BusinessRules}' own
   *     where a type of one's own carries them without one; empty for any other constraint
   */
  public static Optional<Severity> of(ConstraintViolation<?> violation) {
    ConstraintDescriptor<?> constraint = violation.getConstraintDescriptor();
    Set<Class<? extends Payload>> payload = constraint.getPayload();
    if (payload.contains(Warning.class) || constraint.getAnnotation() instanceof BusinessWarnings) {
      return Optional.of(WARNING);
    }
    if (payload.contains(Error.class) || constraint.getAnnotation() instanceof BusinessRules) {
      return Optional.of(ERROR);
    }
    return Optional.empty();
  }
}
