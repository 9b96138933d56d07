package org.aldea.spring.boot.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.MessageInterpolator;
import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import org.aldea.core.rules.BusinessRules;
import org.aldea.core.rules.BusinessWarnings;
import org.aldea.validation.ValidationPolicy;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Chooses the language of the rules' messages: the first language of the request's {@code
 * Accept-Language} that Aldea speaks (the request's locale as Spring resolved it first), or the
 * default language when the request names none, or outside a request. Every other constraint's
 * message keeps the locale it is asked in.
 */
public final class RequestLanguageInterpolator implements MessageInterpolator {
  private static final boolean WEB = ClassUtils.isPresent(
      "org.springframework.web.context.request.RequestContextHolder", RequestLanguageInterpolator.class.getClassLoader());

  private final MessageInterpolator delegate;
  private final Locale defaultLanguage;

  /**
   * Creates the interpolator.
   *
   * @param delegate the interpolator, which says the rules in the locale it is given
   * @param defaultLanguage the language when the request names none Aldea speaks
   */
  public RequestLanguageInterpolator(MessageInterpolator delegate, Locale defaultLanguage) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return isRule(context) ? delegate.interpolate(messageTemplate, context, language(null))
        : delegate.interpolate(messageTemplate, context);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return delegate.interpolate(messageTemplate, context, isRule(context) ? language(locale) : locale);
  }

  private static boolean isRule(Context context) {
    Annotation constraint = context.getConstraintDescriptor() == null ? null
        : context.getConstraintDescriptor().getAnnotation();
    return constraint instanceof BusinessRules || constraint instanceof BusinessWarnings;
  }

  private Locale language(Locale resolved) {
    HttpServletRequest request = WEB ? Requests.current() : null;
    if (request == null || request.getHeader("Accept-Language") == null) {
      return defaultLanguage;
    }
    if (resolved != null && ValidationPolicy.hasMessagesIn(resolved)) {
      return resolved;
    }
    for (Locale asked : Collections.list(request.getLocales())) {
      if (ValidationPolicy.hasMessagesIn(asked)) {
        return asked;
      }
    }
    return defaultLanguage;
  }

  /** The request in hand; only loaded with Spring's web support on the class path. */
  private static final class Requests {
    static HttpServletRequest current() {
      RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
      return attributes instanceof ServletRequestAttributes ? ((ServletRequestAttributes) attributes).getRequest() : null;
    }
  }
}
