package org.aldea.validation.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import org.aldea.core.rules.Severity;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.internal.EntityChecks;
import org.aldea.validation.internal.Finding;
import org.aldea.validation.internal.Messages;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports the per-entity rules of one severity as constraint violations: reads the
 * {@link ValidationPolicy} (the validator's payload, or the defaults with the validator's clock as
 * reference date), runs the entity's rules of the catalogue ({@link EntityChecks}) and turns each
 * finding of that severity into a violation with its rule as dynamic payload, its field as property
 * path and a message in the policy's language. The rule's code and arguments go with the message as
 * its parameters ({@link #RULE}, {@link #ARGUMENTS}), for {@code AldeaMessageInterpolator} to say it
 * again in the language a caller asks for.
 */
public final class RuleViolations {
  /** The message parameter that holds the rule's code. */
  public static final String RULE = "aldea.rule";
  /**
   * The message parameter that holds how many arguments the message has; each is the parameter of
   * this name, a dot and its index (Hibernate Validator keeps parameters as strings).
   */
  public static final String ARGUMENTS = "aldea.arguments";

  private RuleViolations() {}

  /** Adds a violation for each finding of a severity; returns whether there was none. */
  static boolean report(Object value, ConstraintValidatorContext context, Severity severity) {
    if (value == null) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    ValidationPolicy policy = hibernate.getConstraintValidatorPayload(ValidationPolicy.class);
    if (policy == null) {
      policy = ValidationPolicy.asOf(LocalDate.now(context.getClockProvider().getClock()));
    }
    List<Finding> findings = EntityChecks.check(value, policy);
    boolean valid = true;
    for (Finding finding : findings) {
      if (policy.severity(finding.rule()) != severity) {
        continue;
      }
      if (valid) {
        hibernate.disableDefaultConstraintViolation();
        valid = false;
      }
      // Set before each violation is added: each keeps the payload and parameters it was added with.
      hibernate.withDynamicPayload(finding.rule());
      hibernate.addMessageParameter(RULE, finding.rule().code());
      hibernate.addMessageParameter(ARGUMENTS, finding.args().size());
      for (int i = 0; i < finding.args().size(); i++) {
        hibernate.addMessageParameter(ARGUMENTS + "." + i, finding.args().get(i));
      }
      String message = Messages.format(policy.locale(), finding.rule().code(), finding.args());
      var violation = hibernate.buildConstraintViolationWithTemplate(escape(message));
      List<String> path = finding.path();
      if (path.isEmpty()) {
        violation.addConstraintViolation();
        continue;
      }
      var node = violation.addPropertyNode(path.get(0));
      for (String name : path.subList(1, path.size())) {
        node = node.addPropertyNode(name);
      }
      node.addConstraintViolation();
    }
    return valid;
  }

  /** Escapes what Hibernate Validator's message interpolation would otherwise interpret. */
  private static String escape(String message) {
    return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
