package org.aldea.core.value;

import java.time.LocalDate;
import java.util.Objects;
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

  private final int year;
  private final int month;
  private final int day;
  private final Precision precision;
  /**
   * Its canonical form: the text it was parsed from, or made when first asked for (a stream's
   * dates are mostly never written). A data race on it is benign: every thread makes the same
   * string, and a String is safely published.
   */
  private String text;
  // The first and last day it can mean, as the numbers YYYYMMDD: comparisons read no other object.
  private final int first;
  private final int last;

  private PartialDate(int year, int month, int day, Precision precision) {
    this(year, month, day, precision, null);
  }

  /** Creates the date; {@code text} is its canonical form when already at hand, else null. */
  private PartialDate(int year, int month, int day, Precision precision, String text) {
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
    if (precision == Precision.DAY && (day < 1 || day > daysIn(year, month))) {
      throw new InvalidValueException("date", "day must exist in its month");
    }
    this.text = text;
    this.first = year * 10_000 + Math.max(1, month) * 100 + Math.max(1, day);
    this.last = switch (precision) {
      case YEAR -> year * 10_000 + 1231;
      case MONTH -> year * 10_000 + month * 100 + daysIn(year, month);
      case DAY -> first;
    };
  }

  /** The days of each month of a common year, from January at 1. */
  private static final int[] DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /**
   * Returns how many days a month of the proleptic Gregorian calendar has, as {@code YearMonth}
   * says: without its calls, which the client compiler does not inline, for every date read.
   */
  private static int daysIn(int year, int month) {
    return month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : DAYS[month];
  }

  /** Returns a day as the number YYYYMMDD, in a long: a {@link LocalDate}'s year may have more than four digits. */
  private static long dayNumber(LocalDate date) {
    return date.getYear() * 10_000L + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  private static LocalDate localDate(int dayNumber) {
    return LocalDate.of(dayNumber / 10_000, dayNumber / 100 % 100, dayNumber % 100);
  }

  private static String format(int year, int month, int day, Precision precision) {
    char[] chars = new char[precision == Precision.YEAR ? 4 : precision == Precision.MONTH ? 7 : 10];
    digits(chars, 0, year, 4);
    if (precision != Precision.YEAR) {
      chars[4] = '-';
      digits(chars, 5, month, 2);
    }
    if (precision == Precision.DAY) {
      chars[7] = '-';
      digits(chars, 8, day, 2);
    }
    return new String(chars);
  }

  private static void digits(char[] chars, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      chars[i] = (char) ('0' + value % 10);
      value /= 10;
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
    // What parses is in canonical form already: keep the text rather than format it again. Read as
    // a String, whose methods the compiler binds, not a CharSequence's.
    String canonical = text.toString();
    int length = canonical.length();
    if (length != 4 && length != 7 && length != 10
        || length > 4 && canonical.charAt(4) != '-' || length > 7 && canonical.charAt(7) != '-') {
      throw new InvalidValueException("date", "must be YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int year = number(canonical, 0, 4);
    if (length == 4) {
      return new PartialDate(year, 0, 0, Precision.YEAR, canonical);
    }
    int month = number(canonical, 5, 2);
    if (length == 7) {
      return new PartialDate(year, month, 0, Precision.MONTH, canonical);
    }
    return new PartialDate(year, month, number(canonical, 8, 2), Precision.DAY, canonical);
  }

  /** Reads ASCII digits; anything else (including other Unicode digits) is refused. */
  private static int number(String text, int at, int width) {
    int value = 0;
    for (int i = at; i < at + width; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidValueException("date", "must be YYYY, YYYY-MM or YYYY-MM-DD");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** {@return how precisely the date is known} */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns this date known no more precisely than a precision: 2015-03-10 coarsened to the month is
   * 2015-03; a date already as coarse or coarser is returned as it is.
   *
   * @param precision the finest precision to keep
   * @return the coarsened date
   */
  public PartialDate coarsenedTo(Precision precision) {
    if (precision.compareTo(this.precision) >= 0) {
      return this;
    }
    return precision == Precision.YEAR ? ofYear(year) : ofMonth(year, month);
  }

  /** {@return the year, 1 to 9999} */
  public int year() {
    return year;
  }

  /**
   * Returns the earliest day this date can mean: the first of its year or month, or the day itself.
   *
   * @return the first day
   */
  public LocalDate start() {
    return localDate(first);
  }

  /**
   * Returns the latest day this date can mean: the last of its year or month, or the day itself.
   *
   * @return the last day
   */
  public LocalDate end() {
    return localDate(last);
  }

  /**
   * Returns whether every day the other date can mean is one this date can mean: {@code 2003}
   * contains {@code 2003-03} and {@code 2003-03-15}; every date contains itself.
   *
   * @param other another partial date
   * @return whether this date contains the other
   */
  public boolean contains(PartialDate other) {
    return other.first >= first && other.last <= last;
  }

  /**
   * Returns whether the day is one this date can mean.
   *
   * @param date a day
   * @return whether {@code start() <= date <= end()}
   */
  public boolean contains(LocalDate date) {
    long day = dayNumber(date);
    return day >= first && day <= last;
  }

  /**
   * Returns whether this date is before the other for every day either can mean: {@code 2008} is
   * certainly before {@code 2009-05}, but {@code 2009} is not certainly before {@code 2009-05}.
   *
   * @param other another partial date
   * @return whether the last day of this date precedes the first day of the other
   */
  public boolean isCertainlyBefore(PartialDate other) {
    return last < other.first;
  }

  /**
   * Returns whether this date is after the given day for every day it can mean.
   *
   * @param date a day
   * @return whether the first day of this date follows the given day
   */
  public boolean isCertainlyAfter(LocalDate date) {
    return first > dayNumber(date);
  }

  @Override
  public int compareTo(PartialDate other) {
    // By the earliest day, then coarser first.
    int byFirstDay = Integer.compare(first, other.first);
    return byFirstDay != 0 ? byFirstDay : precision.compareTo(other.precision);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PartialDate)) {
      return false;
    }
    PartialDate that = (PartialDate) other;
    return that.precision == precision && that.year == year && that.month == month && that.day == day;
  }

  @Override
  public int hashCode() {
    return ((year * 13 + month) * 32 + day) * 3 + precision.ordinal();
  }

  /** Returns the date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @Override
  public String toString() {
    String canonical = text;
    if (canonical == null) {
      canonical = format(year, month, day, precision);
      text = canonical;
    }
    return canonical;
  }
}
