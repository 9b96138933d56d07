package org.aldea.spring.boot.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reads a request's reference date before its handler runs, so that a parameter that is not a date
 * is answered 400 ({@link ProblemDetails}) rather than failing inside Bean Validation.
 */
public final class ReferenceDateCheck implements HandlerInterceptor {
  private final RequestParameterClock clock;

  /**
   * Creates the check.
   *
   * @param clock the clock that reads the parameter
   */
  public ReferenceDateCheck(RequestParameterClock clock) {
    this.clock = clock;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    clock.getClock();
    return true;
  }
}
