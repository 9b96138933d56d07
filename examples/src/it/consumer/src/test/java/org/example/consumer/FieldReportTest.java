package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.aldea.core.model.Child;
import org.aldea.core.value.PartialDate;
import org.aldea.json.AldeaJsonModule;
import org.aldea.testkit.AldeaGenerators;
import org.aldea.testkit.ConformanceCorpus;
import org.aldea.testkit.PeruFixtures;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.ValidationPolicy;
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
  void theTestkitsGeneratorsAndCorpusWork() {
    var validator = AldeaValidator.create(ValidationPolicy.asOf(PeruFixtures.AS_OF));
    qt().withExamples(20).forAll(AldeaGenerators.datasets(5))
        .check(dataset -> validator.validate(dataset).isValid());
    assertTrue(new String(ConformanceCorpus.manifest(), StandardCharsets.UTF_8).contains("family-capacity-zero"));
  }

  @Test
  void runsOnThePathItWasMeantFor() {
    // Surefire runs these tests twice, saying which path each run is on (see the POM).
    boolean modulePath = switch (System.getProperty("consumer.path")) {
      case "module" -> true;
      case "class" -> false;
      default -> throw new AssertionError("consumer.path must be module or class");
    };
    assertEquals(modulePath, FieldReportTest.class.getModule().isNamed());
    assertEquals(modulePath ? "org.aldea.testkit" : null, PeruFixtures.class.getModule().getName());
    assertEquals(modulePath ? "org.aldea.json" : null, AldeaJsonModule.class.getModule().getName());
  }

  @Test
  void aUsersMapperFindsTheJacksonModule() {
    assertEquals(true, JsonMapper.builder().findAndAddModules().build().registeredModules().stream()
        .anyMatch(module -> module instanceof AldeaJsonModule));
  }
}
