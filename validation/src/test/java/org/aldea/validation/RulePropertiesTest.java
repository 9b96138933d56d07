package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.aldea.core.id.ChildId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SosFamily;
import org.aldea.core.privacy.Anonymiser;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;
import org.aldea.testkit.AldeaGenerators;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the rules, each over 1,000 generated examples; QuickTheories prints the seed on failure. */
class RulePropertiesTest {
  private static final int EXAMPLES = 1_000;
  private static final AldeaValidator VALIDATOR = AldeaValidator.create(ValidationPolicy.asOf(PeruFixtures.AS_OF));

  @Test
  void generatedValidDatasetsHaveNoIssue() {
    qt().withExamples(EXAMPLES).forAll(AldeaGenerators.datasets())
        .checkAssert(dataset -> assertThat(VALIDATOR.validate(dataset).issues()).isEmpty());
  }

  @Test
  void anonymisedValidDatasetsStayValid() {
    Anonymiser anonymiser = Anonymiser.withKey("a secret key for the tests");
    qt().withExamples(EXAMPLES).forAll(AldeaGenerators.datasets())
        .checkAssert(dataset -> assertThat(VALIDATOR.validate(anonymiser.anonymise(dataset)).issues()).isEmpty());
  }

  @Test
  void anonymisingKeepsCapacityIssues() {
    Anonymiser anonymiser = Anonymiser.withKey("a secret key for the tests");
    Gen<Dataset> crowded = AldeaGenerators.datasets().zip(longs().all(), RulePropertiesTest::crowd);
    qt().withExamples(EXAMPLES).forAll(crowded).checkAssert(dataset -> assertThat(
        VALIDATOR.validate(anonymiser.anonymise(dataset)).issues(Rule.FAMILY_OVER_CAPACITY))
        .hasSameSizeAs(VALIDATOR.validate(dataset).issues(Rule.FAMILY_OVER_CAPACITY)));
  }

  @Test
  void theCapacityRuleFlagsExactlyTheFamiliesOverCapacity() {
    Gen<Dataset> crowded = AldeaGenerators.datasets().zip(longs().all(), RulePropertiesTest::crowd);
    qt().withExamples(EXAMPLES).forAll(crowded).checkAssert(dataset -> {
      Map<String, Integer> living = new HashMap<>();
      for (Child child : dataset.children()) {
        if (child.care() instanceof CareSituation.SosFamilyCare) {
          living.merge(((CareSituation.SosFamilyCare) child.care()).family().value(), 1, Integer::sum);
        }
      }
      Set<String> expected = dataset.families().stream()
          .filter(family -> living.getOrDefault(family.id().value(), 0) > family.capacity())
          .map(family -> family.id().value()).collect(Collectors.toSet());
      Set<String> flagged = VALIDATOR.validate(dataset).issues(Rule.FAMILY_OVER_CAPACITY).stream()
          .map(Issue::entity).collect(Collectors.toSet());
      assertThat(flagged).isEqualTo(expected);
    });
  }

  /** Adds children without siblings to random families, regardless of their capacity. */
  private static Dataset crowd(Dataset dataset, long seed) {
    if (dataset.families().isEmpty()) {
      return dataset;
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Child> extra = new ArrayList<>();
    int count = random.nextInt(0, 20);
    for (int i = 0; i < count; i++) {
      SosFamily family = dataset.families().get(random.nextInt(dataset.families().size()));
      extra.add(Child.builder().id(ChildId.of("extra-" + i)).born(PartialDate.ofYear(2010))
          .care(new CareSituation.SosFamilyCare(family.id(), PartialDate.ofYear(2012)))
          .education(Child.Education.PRIMARY_SCHOOL).build());
    }
    return Dataset.builder().from(dataset).addAllChildren(extra).build();
  }

  @Test
  void percentConsistencyAgreesWithAnIndependentRoundingOracle() {
    Gen<long[]> shares = longs().between(1, 5_000).flatMap(total -> longs().between(0, total)
        .map(part -> new long[] {part, total}));
    Gen<Percent> percents = integers().between(0, 10_000).zip(integers().between(0, 2),
        (hundredths, decimals) -> Percent.of(BigDecimal.valueOf(hundredths, 2).setScale(decimals, RoundingMode.DOWN)));
    qt().withExamples(EXAMPLES).forAll(shares, percents, integers().between(0, 1)).checkAssert((share, percent, near) -> {
      // Half of the examples report a percent near the true share, so both outcomes are common.
      Percent reported = near == 1 ? near(share, percent.decimals()) : percent;
      Outcome outcome = Outcome.builder().from(Base.OUTCOME).measure(Measure.builder()
          .count(Count.exactly(share[0])).percent(reported).outOf(share[1]).build()).build();
      boolean flagged = !VALIDATOR.validate(Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome)).build())
          .issues(Rule.OUTCOME_PERCENT_INCONSISTENT).isEmpty();
      assertThat(flagged).as("%s of %s reported as %s", share[0], share[1], reported)
          .isEqualTo(!consistent(share[0], share[1], reported));
    });
  }

  private static Percent near(long[] share, int decimals) {
    BigDecimal exact = BigDecimal.valueOf(share[0] * 100).divide(BigDecimal.valueOf(share[1]), 10, RoundingMode.HALF_EVEN);
    BigDecimal rounded = exact.setScale(decimals, RoundingMode.HALF_UP);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
    BigDecimal nudged = rounded.add(unit.multiply(BigDecimal.valueOf(Math.floorMod(share[0] + share[1], 3) - 1)));
    return Percent.of(nudged.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)));
  }

  /** The oracle: the reported percent is the exact share rounded half up or half down to its decimals. */
  private static boolean consistent(long part, long total, Percent reported) {
    BigDecimal exact = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(total), 30, RoundingMode.HALF_EVEN);
    BigDecimal up = exact.setScale(reported.decimals(), RoundingMode.HALF_UP);
    BigDecimal down = exact.setScale(reported.decimals(), RoundingMode.HALF_DOWN);
    return reported.value().compareTo(up) == 0 || reported.value().compareTo(down) == 0;
  }

  @Test
  void theCuzcoMentoringShare() {
    assertThat(consistentForValidator(79, 928, "9")).isTrue();
    assertThat(consistentForValidator(79, 928, "8.5")).isTrue();
    assertThat(consistentForValidator(79, 928, "20")).isFalse();
  }

  private static boolean consistentForValidator(long part, long total, String percent) {
    Outcome outcome = Outcome.builder().from(Base.OUTCOME).measure(Measure.builder().count(Count.exactly(part))
        .percent(Percent.of(new BigDecimal(percent))).outOf(total).build()).build();
    return VALIDATOR.validate(Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome)).build()).isValid();
  }
}
