package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;

class PeruFixturesValidTest {
  @Test
  void thePeruFixturesValidateCleanAsOfTheNewestReport() {
    ValidationReport report = AldeaValidator.create(ValidationPolicy.asOf(PeruFixtures.AS_OF)).validate(PeruFixtures.dataset());
    assertThat(report.issues()).isEmpty();
  }

  @Test
  void everyPartValidatesClean() {
    for (var location : PeruFixtures.dataset().locations()) {
      assertThat(AldeaValidator.create(ValidationPolicy.asOf(PeruFixtures.AS_OF)).validate(PeruFixtures.part(location.id()))
          .issues()).as("part %s", location.id()).isEmpty();
    }
  }
}
