package org.aldea.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.aldea.validation.internal.Messages;
import org.aldea.validation.internal.constraints.RuleViolations;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * A Bean Validation message interpolator that says the violations of Aldea's business rules
 * ({@code @BusinessRules}, {@code @BusinessWarnings}) in the language the validator is asked for,
 * and leaves every other message to the interpolator it wraps.
 *
 * <p>Without it, a rule's message is in the language of the {@link ValidationPolicy} the validator
 * was given (English by default), whatever locale interpolation is asked in. With it, a framework
 * that resolves the locale of each request (Spring's {@code LocaleContextMessageInterpolator}, for
 * one) gets the message in that locale's language when Aldea has messages in it ({@link
 * ValidationPolicy#hasMessagesIn}), in English otherwise:
 *
 * <pre>{@code
 * Configuration<?> configuration = Validation.byDefaultProvider().configure();
 * configuration.messageInterpolator(
 *     new AldeaMessageInterpolator(configuration.getDefaultMessageInterpolator()));
 * }</pre>
 *
 * <p>Interpolation without a locale keeps the policy's language. This class is immutable and
 * thread-safe if the interpolator it wraps is.
 */
public final class AldeaMessageInterpolator implements MessageInterpolator {
  private final MessageInterpolator delegate;

  /**
   * Creates the interpolator.
   *
   * @param delegate the interpolator of every message that is not a rule's
   */
  public AldeaMessageInterpolator(MessageInterpolator delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return delegate.interpolate(messageTemplate, context);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    Map<String, Object> parameters;
    try {
      parameters = context.unwrap(HibernateMessageInterpolatorContext.class).getMessageParameters();
    } catch (ValidationException notHibernate) {
      return delegate.interpolate(messageTemplate, context, locale);
    }
    Object rule = parameters.get(RuleViolations.RULE);
    Object count = parameters.get(RuleViolations.ARGUMENTS);
    if (rule != null && count != null) {
      List<String> arguments = new ArrayList<>();
      for (int i = 0; i < Integer.parseInt(count.toString()); i++) {
        arguments.add(String.valueOf(parameters.get(RuleViolations.ARGUMENTS + "." + i)));
      }
      return Messages.format(locale, rule.toString(), arguments);
    }
    return delegate.interpolate(messageTemplate, context, locale);
  }
}
