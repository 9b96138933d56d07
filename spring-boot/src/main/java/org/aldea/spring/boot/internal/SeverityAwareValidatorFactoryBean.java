package org.aldea.spring.boot.internal;

import jakarta.validation.ConstraintViolation;
import java.util.Set;
import java.util.stream.Collectors;
import org.aldea.core.rules.Severity;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Boot's validator, which leaves the broken rules that are warnings ({@link Severity#of}) out of
 * Spring's {@link Errors} unless told to keep them: a {@code @Valid} body with warnings only is
 * valid, as {@code AldeaValidator} says. Bean Validation used directly still reports them.
 */
public final class SeverityAwareValidatorFactoryBean extends LocalValidatorFactoryBean {
  private final boolean warningsReject;

  /**
   * Creates the validator.
   *
   * @param warningsReject whether warnings go into Spring's errors, and so reject a body
   */
  public SeverityAwareValidatorFactoryBean(boolean warningsReject) {
    this.warningsReject = warningsReject;
  }

  @Override
  protected void processConstraintViolations(Set<ConstraintViolation<Object>> violations, Errors errors) {
    if (!warningsReject) {
      violations = violations.stream()
          .filter(violation -> Severity.of(violation).orElse(Severity.ERROR) != Severity.WARNING)
          .collect(Collectors.toSet());
    }
    super.processConstraintViolations(violations, errors);
  }
}
