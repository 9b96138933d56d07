package org.aldea.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The age arithmetic of the rules counts whole years exactly as {@link Period#between} does. */
class AgeTest {
  /** Days of any year a partial date can have, leap days and month ends among them. */
  private static final Gen<LocalDate> DAYS = integers().between(1, 9999)
      .zip(integers().between(1, 12), integers().between(1, 31),
          (year, month, day) -> LocalDate.of(year, month, Math.min(day, LocalDate.of(year, month, 1).lengthOfMonth())))
      .mix(Generate.pick(List.of(LocalDate.of(2004, 2, 29), LocalDate.of(2005, 2, 28), LocalDate.of(2005, 3, 1),
          LocalDate.of(2000, 2, 29), LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1))), 30);

  @Test
  void agesAreWholeYearsAsPeriodCountsThem() {
    qt().withExamples(10_000).forAll(DAYS, DAYS)
        .check((born, on) -> EntityChecks.age(born, on) == Period.between(born, on).getYears());
  }

  @Test
  void aBirthdayOnALeapDayComesOnTheFirstOfMarch() {
    LocalDate born = LocalDate.of(2004, 2, 29);
    assertThat(EntityChecks.age(born, LocalDate.of(2005, 2, 28))).isZero();
    assertThat(EntityChecks.age(born, LocalDate.of(2005, 3, 1))).isEqualTo(1);
    assertThat(EntityChecks.age(born, LocalDate.of(2003, 3, 1))).isZero();
    assertThat(EntityChecks.age(born, LocalDate.of(2003, 2, 28))).isEqualTo(-1);
  }
}
