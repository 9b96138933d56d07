package org.aldea.core.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldea.core.InvalidValueException;

/**
 * A date known to a year ({@code 2001}), a month ({@code 2003-03}) or a day ({@code 2003-03-15}),
 * as reports give them ("in 2008", "March 2003").
 *
 * <p>A partial date stands for every day it can mean, from {@link #start()} to {@link #end()}: a
 * year {@linkplain #contains(PartialDate) contains} its months and days. Dates are ordered by the
 * earliest day they can mean, then coarser before finer ({@code 2003 < 2003-01 < 2003-01-01}), an
 * order consistent with {@code equals}.
 *
 * <p>Years run from 1 to 9999, written with four digits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {
  /** How precisely a partial date is known. */
  public enum Precision {
    /** Only the year is known. */
    YEAR,
    /** The year and month are known. */
    MONTH,
    /** The exact day is known. */
    DAY
  }

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

  private final int year;
  private final int month;
  private final int day;
  private final Precision precision;
  private final LocalDate start;
  private final LocalDate end;

  private PartialDate(int year, int month, int day, Precision precision) {
    if (year < 1 || year > 9999) {
      throw new InvalidValueException("date", "year must be between 1 and 9999");
    }
    if (precision != Precision.YEAR && (month < 1 || month > 12)) {
      throw new InvalidValueException("date", "month must be between 1 and 12");
    }
    this.year = year;
    this.month = month;
    this.day = day;
    this.precision = precision;
    switch (precision) {
      case YEAR:
        start = LocalDate.of(year, 1, 1);
        end = LocalDate.of(year, 12, 31);
        break;
      case MONTH:
        start = LocalDate.of(year, month, 1);
        end = YearMonth.of(year, month).atEndOfMonth();
        break;
      default:
        try {
          start = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw new InvalidValueException("date", "day must exist in its month");
        }
        end = start;
    }
  }

  /**
   * Returns a date known to the year.
   *
   * @param year 1 to 9999
   * @return the date
   * @throws InvalidValueException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0, Precision.YEAR);
  }

  /**
   * Returns a date known to the month.
   *
   * @param year 1 to 9999
   * @param month 1 to 12
   * @return the date
   * @throws InvalidValueException if the year or month is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0, Precision.MONTH);
  }

  /**
   * Returns a date known to the day.
   *
   * @param year 1 to 9999
   * @param month 1 to 12
   * @param day a day that exists in that month
   * @return the date
   * @throws InvalidValueException if the day does not exist
   */
  public static PartialDate ofDay(int year, int month, int day) {
    return new PartialDate(year, month, day, Precision.DAY);
  }

  /**
   * Returns the partial date of a known day.
   *
   * @param date the day
   * @return the date, with {@link Precision#DAY}
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the text to parse
   * @return the date
   * @throws InvalidValueException naming the field {@code date} if the text is not one of the three
   *     forms or names a day that does not exist; the message does not repeat the text
   */
  public static PartialDate parse(CharSequence text) {
    if (text == null) {
      throw new InvalidValueException("date", "is required");
    }
    Matcher matcher = FORMAT.matcher(text);
    if (!matcher.matches()) {
      throw new InvalidValueException("date", "must be YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int year = Integer.parseInt(matcher.group(1));
    if (matcher.group(2) == null) {
      return ofYear(year);
    }
    int month = Integer.parseInt(matcher.group(2));
    if (matcher.group(3) == null) {
      return ofMonth(year, month);
    }
    return ofDay(year, month, Integer.parseInt(matcher.group(3)));
  }

  /** Returns how precisely the date is known. @return the precision */
  public Precision precision() {
    return precision;
  }

  /** Returns the year. @return 1 to 9999 */
  public int year() {
    return year;
  }

  /**
   * Returns the earliest day this date can mean: the first of its year or month, or the day itself.
   *
   * @return the first day
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the latest day this date can mean: the last of its year or month, or the day itself.
   *
   * @return the last day
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Returns whether every day the other date can mean is one this date can mean: {@code 2003}
   * contains {@code 2003-03} and {@code 2003-03-15}; every date contains itself.
   *
   * @param other another partial date
   * @return whether this date contains the other
   */
  public boolean contains(PartialDate other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Returns whether the day is one this date can mean.
   *
   * @param date a day
   * @return whether {@code start() <= date <= end()}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Returns whether this date is before the other for every day either can mean: {@code 2008} is
   * certainly before {@code 2009-05}, but {@code 2009} is not certainly before {@code 2009-05}.
   *
   * @param other another partial date
   * @return whether the last day of this date precedes the first day of the other
   */
  public boolean isCertainlyBefore(PartialDate other) {
    return end.isBefore(other.start);
  }

  /**
   * Returns whether this date is after the given day for every day it can mean.
   *
   * @param date a day
   * @return whether the first day of this date follows the given day
   */
  public boolean isCertainlyAfter(LocalDate date) {
    return start.isAfter(date);
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate
        && ((PartialDate) other).precision == precision
        && ((PartialDate) other).start.equals(start);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + precision.hashCode();
  }

  /** Returns the date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @Override
  public String toString() {
    switch (precision) {
      case YEAR:
        return String.format("%04d", year);
      case MONTH:
        return String.format("%04d-%02d", year, month);
      default:
        return String.format("%04d-%02d-%02d", year, month, day);
    }
  }
}
