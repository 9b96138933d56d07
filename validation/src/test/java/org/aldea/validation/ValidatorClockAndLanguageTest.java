package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.value.PartialDate;
import org.junit.jupiter.api.Test;

/** A validator whose reference date is a clock's today, and whose language can change. */
class ValidatorClockAndLanguageTest {
  private static final Child BORN_2019 = Child.builder().from(Base.CHILD_3).born(PartialDate.ofYear(2019)).build();
  private static final Dataset DATASET = Base.withChildren(Base.CHILD_1, Base.CHILD_2, BORN_2019);

  @Test
  void theClockIsReadWhenEachValidationStarts() {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2018-06-19T12:00:00Z"));
    AldeaValidator validator = AldeaValidator.create(ValidationPolicy.asOf(LocalDate.of(2000, 1, 1)))
        .withClock(() -> Clock.fixed(now.get(), ZoneOffset.UTC));
    assertThat(validator.policy().asOf()).isEqualTo(LocalDate.of(2018, 6, 19));
    assertThat(validator.validate(DATASET).issues(Rule.CHILD_BORN_IN_FUTURE)).hasSize(1);
    now.set(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(validator.validate(DATASET).issues(Rule.CHILD_BORN_IN_FUTURE)).isEmpty();
    assertThat(validator.policy().asOf()).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void withLocaleChangesTheLanguageOfMessagesAndNothingElse() {
    AldeaValidator english = AldeaValidator.create(ValidationPolicy.asOf(Base.AS_OF));
    AldeaValidator spanish = english.withLocale(Locale.forLanguageTag("es"));
    ValidationReport inEnglish = english.validate(DATASET);
    ValidationReport inSpanish = spanish.validate(DATASET);
    assertThat(inSpanish.issues()).extracting(Issue::code).isEqualTo(inEnglish.issues().stream().map(Issue::code).toList());
    assertThat(inSpanish.issues()).isNotEmpty();
    for (int i = 0; i < inEnglish.issues().size(); i++) {
      assertThat(inSpanish.issues().get(i).message()).isNotEqualTo(inEnglish.issues().get(i).message());
    }
    assertThat(spanish.policy().asOf()).isEqualTo(english.policy().asOf());
  }
}
