package org.aldea.spring.boot.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The clock whose today is the date a request parameter gives ({@code ?asOf=2018-06-19}); the
 * system clock's outside a request or when the request has no such parameter.
 */
public final class RequestParameterClock implements ClockProvider {
  private final String parameter;

  RequestParameterClock(String parameter) {
    this.parameter = Objects.requireNonNull(parameter, "parameter");
  }

  /** {@return the name of the request parameter} */
  public String parameter() {
    return parameter;
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidReferenceDateException if the parameter is not a date
   */
  @Override
  public Clock getClock() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (!(attributes instanceof ServletRequestAttributes)) {
      return Clock.systemDefaultZone();
    }
    HttpServletRequest request = ((ServletRequestAttributes) attributes).getRequest();
    String value = request.getParameter(parameter);
    if (value == null) {
      return Clock.systemDefaultZone();
    }
    try {
      return ReferenceDateClock.startOf(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new InvalidReferenceDateException(parameter);
    }
  }
}
