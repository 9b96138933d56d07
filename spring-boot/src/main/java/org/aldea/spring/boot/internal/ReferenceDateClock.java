package org.aldea.spring.boot.internal;

import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.springframework.util.ClassUtils;

/**
 * The clock whose today is the reference date of validation, as {@code
 * aldea.validation.reference-date} says: {@code today} (the system clock), a fixed date, or {@code
 * parameter} ({@link RequestParameterClock}).
 */
public final class ReferenceDateClock {
  private ReferenceDateClock() {}

  /**
   * Returns the clock a setting names.
   *
   * @param referenceDate {@code today}, {@code parameter} or a date such as {@code 2018-06-19}
   * @param parameter the request parameter of the {@code parameter} setting
   * @return the clock provider
   * @throws IllegalArgumentException if the setting is none of those
   * @throws IllegalStateException for {@code parameter} without Spring's web support
   */
  public static ClockProvider of(String referenceDate, String parameter) {
    String setting = Objects.requireNonNull(referenceDate, "referenceDate").trim();
    if (setting.equals("today")) {
      return Clock::systemDefaultZone;
    }
    if (setting.equals("parameter")) {
      if (!ClassUtils.isPresent("org.springframework.web.context.request.RequestContextHolder",
          ReferenceDateClock.class.getClassLoader())) {
        throw new IllegalStateException("aldea.validation.reference-date=parameter needs Spring's web support");
      }
      return new RequestParameterClock(parameter);
    }
    try {
      Clock fixed = startOf(LocalDate.parse(setting));
      return () -> fixed;
    } catch (DateTimeParseException notADate) {
      throw new IllegalArgumentException("aldea.validation.reference-date must be today, parameter or a date such as"
          + " 2018-06-19, not " + setting);
    }
  }

  /** {@return a clock stopped at the start of a day, in UTC: its today is that day} */
  static Clock startOf(LocalDate date) {
    return Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }
}
