package org.aldea.core.value;

import static org.aldea.core.InvalidValueAssertions.assertRefused;
import static org.aldea.core.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.aldea.core.value.PartialDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PartialDateTest {
  /** Dates of every precision, clustered in few years so that containment and ties occur often. */
  static final Gen<PartialDate> DATES =
      integers().between(1998, 2002).zip(integers().between(1, 12), integers().between(1, 31),
              Generate.enumValues(Precision.class), PartialDateTest::date);

  private static PartialDate date(int year, int month, int day, Precision precision) {
    switch (precision) {
      case YEAR:
        return PartialDate.ofYear(year);
      case MONTH:
        return PartialDate.ofMonth(year, month);
      default:
        return PartialDate.ofDay(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
    }
  }

  @Test
  void everyMonthHasTheDaysOfTheGregorianCalendar() {
    for (int year : List.of(1, 4, 100, 400, 1900, 1999, 2000, 2004, 2023, 2024, 2100, 9996, 9999)) {
      for (int month = 1; month <= 12; month++) {
        int days = YearMonth.of(year, month).lengthOfMonth();
        assertThat(PartialDate.ofMonth(year, month).end()).isEqualTo(LocalDate.of(year, month, days));
        assertThat(PartialDate.ofDay(year, month, days).start()).isEqualTo(LocalDate.of(year, month, days));
        int y = year;
        int m = month;
        assertRefused("date", () -> PartialDate.ofDay(y, m, days + 1));
      }
    }
  }

  @Test
  void parsesAndFormatsTheThreePrecisions() {
    assertThat(PartialDate.parse("2001").precision()).isEqualTo(Precision.YEAR);
    assertThat(PartialDate.parse("2003-03").precision()).isEqualTo(Precision.MONTH);
    assertThat(PartialDate.parse("2003-03-15").precision()).isEqualTo(Precision.DAY);
    assertThat(PartialDate.parse("2003-03")).hasToString("2003-03");
    assertThat(PartialDate.ofYear(7)).hasToString("0007");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "01", "20011", "2001-3", "2001-13", "2001-00", "2001-02-30", "2001-02-29",
      "0000", "2001-03-15T00:00", " 2001", "2001/03", "２００１"})
  void refusesAnythingElse(String text) {
    assertRefused("date", () -> PartialDate.parse(text));
  }

  /** The published form of a partial date, as a regular expression, for the parser to agree with. */
  private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  @Test
  void parsingAcceptsExactlyTheThreeFormsOfRealDates() {
    Gen<String> candidates = org.quicktheories.generators.SourceDSL.lists()
        .of(Generate.pick(List.of('0', '1', '2', '3', '9', '-', 'x', '٣')))
        .ofSizeBetween(0, 11).map(chars -> chars.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
    theory().forAll(candidates).check(text -> {
      boolean parsed;
      try {
        PartialDate.parse(text);
        parsed = true;
      } catch (org.aldea.core.InvalidValueException e) {
        parsed = false;
      }
      return parsed == (FORM.matcher(text).matches() && realDate(text));
    });
  }

  private static boolean realDate(String text) {
    try {
      java.time.LocalDate.parse((text + "-01-01").substring(0, 10));
      return !text.startsWith("0000");
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  @Test
  void knowsLeapDays() {
    assertThat(PartialDate.parse("2004-02-29").end()).isEqualTo(LocalDate.of(2004, 2, 29));
    assertThat(PartialDate.parse("2004-02").end()).isEqualTo(LocalDate.of(2004, 2, 29));
  }

  @Test
  void aYearContainsItsMonthsAndDays() {
    assertThat(PartialDate.ofYear(2009).contains(PartialDate.ofMonth(2009, 5))).isTrue();
    assertThat(PartialDate.ofYear(2009).contains(PartialDate.ofDay(2009, 12, 31))).isTrue();
    assertThat(PartialDate.ofMonth(2009, 5).contains(PartialDate.ofYear(2009))).isFalse();
    assertThat(PartialDate.ofYear(2009).contains(PartialDate.ofMonth(2010, 1))).isFalse();
  }

  @Test
  void certaintyIsAboutEveryDayTheDatesCanMean() {
    PartialDate born = PartialDate.ofYear(2009);
    assertThat(PartialDate.ofMonth(2009, 5).isCertainlyBefore(born)).isFalse();
    assertThat(PartialDate.ofYear(2008).isCertainlyBefore(born)).isTrue();
    assertThat(born.isCertainlyAfter(LocalDate.of(2008, 12, 31))).isTrue();
    assertThat(born.isCertainlyAfter(LocalDate.of(2009, 1, 1))).isFalse();
  }

  @Test
  void formattingAndParsingRoundTrip() {
    theory().forAll(DATES).check(date -> PartialDate.parse(date.toString()).equals(date));
  }

  @Test
  void containsIsReflexiveAntisymmetricAndTransitive() {
    theory().forAll(DATES).check(date -> date.contains(date));
    theory().forAll(DATES, DATES)
        .check((a, b) -> !(a.contains(b) && b.contains(a)) || a.equals(b));
    theory().forAll(DATES, DATES, DATES)
        .check((a, b, c) -> !(a.contains(b) && b.contains(c)) || a.contains(c));
  }

  @Test
  void aDateContainsAnotherIffItContainsBothItsEnds() {
    theory().forAll(DATES, DATES)
        .check((a, b) -> a.contains(b) == (a.contains(b.start()) && a.contains(b.end())));
  }

  @Test
  void aContainedDateIsNeverCoarser() {
    theory().forAll(DATES, DATES)
        .check((a, b) -> !a.contains(b) || a.precision().compareTo(b.precision()) <= 0);
  }

  @Test
  void orderIsTotalAndConsistentWithEquals() {
    theory().forAll(DATES, DATES)
        .check((a, b) -> Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a))
            && (a.compareTo(b) == 0) == a.equals(b));
    theory().forAll(DATES, DATES, DATES)
        .check((a, b, c) -> !(a.compareTo(b) <= 0 && b.compareTo(c) <= 0) || a.compareTo(c) <= 0);
  }

  @Test
  void orderFollowsTheEarliestDayThenCoarserFirst() {
    theory().forAll(DATES, DATES)
        .check((a, b) -> !a.start().isBefore(b.start()) || a.compareTo(b) < 0);
    theory().forAll(DATES)
        .check(date -> date.compareTo(PartialDate.of(date.start())) <= 0);
  }

  @Test
  void aContainerIsNeverOrderedAfterWhatItContains() {
    theory().forAll(DATES, DATES).check((a, b) -> !a.contains(b) || a.compareTo(b) <= 0);
  }

  @Test
  void certainlyBeforeMeansDisjointAndOrdered() {
    theory().forAll(DATES, DATES)
        .check((a, b) -> !a.isCertainlyBefore(b)
            || (a.compareTo(b) < 0 && !a.contains(b) && !b.contains(a) && !b.isCertainlyBefore(a)));
  }

  /** Dates of any year, and days beyond the years a partial date can have. */
  private static final Gen<PartialDate> ANY_YEAR =
      integers().between(1, 9999).zip(integers().between(1, 12), integers().between(1, 31),
          Generate.enumValues(Precision.class), PartialDateTest::date);
  private static final Gen<LocalDate> DAYS = integers().between(-20_000, 20_000).zip(integers().between(1, 12),
          integers().between(1, 31), (year, month, day) -> LocalDate.of(year, month, Math.min(day, 28)))
      .mix(Generate.pick(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2004, 2, 29))));

  @Test
  void theFirstAndLastDaysAreThoseOfTheYearMonthOrDay() {
    theory().forAll(ANY_YEAR).check(date -> {
      switch (date.precision()) {
        case YEAR:
          return date.start().equals(Year.of(date.year()).atDay(1))
              && date.end().equals(Year.of(date.year()).atMonth(12).atEndOfMonth());
        case MONTH:
          YearMonth month = YearMonth.parse(date.toString());
          return date.start().equals(month.atDay(1)) && date.end().equals(month.atEndOfMonth());
        default:
          return date.start().equals(LocalDate.parse(date.toString())) && date.end().equals(date.start());
      }
    });
  }

  @Test
  void comparisonsAgreeWithTheFirstAndLastDays() {
    theory().forAll(ANY_YEAR, ANY_YEAR).check((a, b) ->
        a.isCertainlyBefore(b) == a.end().isBefore(b.start())
            && a.contains(b) == (!b.start().isBefore(a.start()) && !b.end().isAfter(a.end()))
            && (Integer.signum(a.compareTo(b)) == Integer.signum(a.start().compareTo(b.start()))
                || a.start().equals(b.start())));
    theory().forAll(ANY_YEAR, DAYS).check((date, day) ->
        date.isCertainlyAfter(day) == date.start().isAfter(day)
            && date.contains(day) == (!day.isBefore(date.start()) && !day.isAfter(date.end())));
  }

  @Test
  void equalDatesHaveEqualHashCodes() {
    theory().forAll(DATES, DATES).check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
  }
}
