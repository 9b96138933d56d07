package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.Validation;
import java.time.LocalDate;
import org.aldea.core.model.Child;
import org.aldea.core.value.PartialDate;
import org.aldea.json.AldeaJsonModule;
import org.aldea.testkit.PeruFixtures;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FieldReportTest {
  @Test
  void readsValidatesAndReportsThePeruDataset() {
    assertEquals("196 children, valid: 0 errors, 0 warnings", FieldReport.verdict());
  }

  @Test
  void aPlainBeanValidatorAppliesAldeasRules() {
    Child bornTomorrow = Child.builder().from(PeruFixtures.dataset().children().get(0))
        .born(PartialDate.of(LocalDate.now().plusYears(1))).build();
    // Without an EL implementation on the path, Hibernate Validator needs the parameter interpolator.
    var validator = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
    assertFalse(validator.validate(bornTomorrow).isEmpty());
  }

  @Test
  void aUsersMapperFindsTheJacksonModule() {
    assertEquals(true, JsonMapper.builder().findAndAddModules().build().registeredModules().stream()
        .anyMatch(module -> module instanceof AldeaJsonModule));
  }
}
