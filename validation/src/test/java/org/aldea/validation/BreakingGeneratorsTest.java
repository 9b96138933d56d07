package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.aldea.testkit.AldeaGenerators;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The testkit's generators of datasets that break exactly one rule do so, for every rule. */
class BreakingGeneratorsTest {
  private static final AldeaValidator VALIDATOR = AldeaValidator.create(ValidationPolicy.asOf(PeruFixtures.AS_OF));

  @Test
  void thereIsAGeneratorForEveryRule() {
    assertThat(AldeaGenerators.ruleCodes())
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Rule.values()).map(Rule::code).toList());
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyGeneratedDatasetBreaksExactlyThatRule(Rule rule) {
    qt().withExamples(200).forAll(AldeaGenerators.breaking(rule.code())).checkAssert(dataset -> {
      ValidationReport report = VALIDATOR.validate(dataset);
      assertThat(report.issues()).isNotEmpty();
      assertThat(report.issues()).extracting(Issue::rule).containsOnly(rule);
    });
  }
}
