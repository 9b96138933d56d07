package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.rules.Severity;
import org.aldea.core.value.PartialDate;
import org.junit.jupiter.api.Test;

class PolicyTest {
  /** chi-3 born January 1993, followed up: 25 years old on 2018-06-19. */
  private static final Dataset TWENTY_FIVE = Base.withChildren(Base.CHILD_1, Base.CHILD_2,
      Child.builder().from(Base.CHILD_3).born(PartialDate.ofMonth(1993, 1))
          .care(new CareSituation.YouthFollowUp(PartialDate.ofYear(2015))).build());

  @Test
  void theOldestAgeInCareIsInclusive() {
    assertThat(Base.validate(TWENTY_FIVE).issues()).isEmpty();
    ValidationReport younger = AldeaValidator.create(ValidationPolicy.builder(Base.AS_OF).maxAgeInCare(24).build())
        .validate(TWENTY_FIVE);
    assertThat(younger.issues()).extracting(Issue::rule).containsExactly(Rule.CHILD_TOO_OLD_FOR_CARE);
  }

  @Test
  void theReferenceDateIsInjected() {
    Dataset dataset = Base.DATASET;
    assertThat(AldeaValidator.create(ValidationPolicy.asOf(LocalDate.of(2017, 12, 31))).validate(dataset).issues())
        .isEmpty();
    ValidationReport early = AldeaValidator.create(ValidationPolicy.asOf(LocalDate.of(2016, 12, 31))).validate(dataset);
    assertThat(early.issues()).extracting(Issue::pointer).containsExactly("/children/2/care/since", "/outcomes/0/period");
  }

  @Test
  void severitiesCanBeOverridden() {
    ValidationPolicy strict = ValidationPolicy.builder(Base.AS_OF).maxAgeInCare(24)
        .severity(Rule.CHILD_TOO_OLD_FOR_CARE, Severity.ERROR).build();
    ValidationReport report = AldeaValidator.create(strict).validate(TWENTY_FIVE);
    assertThat(report.issues()).singleElement().extracting(Issue::severity).isEqualTo(Severity.ERROR);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void rulesCanBeSwitchedOff() {
    ValidationPolicy lenient = ValidationPolicy.builder(Base.AS_OF).maxAgeInCare(24)
        .disable(Rule.CHILD_TOO_OLD_FOR_CARE).build();
    assertThat(AldeaValidator.create(lenient).validate(TWENTY_FIVE).issues()).isEmpty();
  }
}
