package org.aldea.core.model;

import static org.aldea.core.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Optional;
import org.aldea.core.InvalidValueException;
import org.aldea.core.value.Count;
import org.aldea.core.value.Percent;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A measure can be built exactly when an independent statement of its invariants says so. */
class MeasurePropertiesTest {
  private static final Gen<Optional<Count>> COUNTS = Generate.enumValues(Count.Qualifier.class)
      .zip(longs().between(0, 20), Count::of).toOptionals(25);
  private static final Gen<Optional<Percent>> PERCENTS = integers().between(0, 100).map(Percent::of).toOptionals(40);
  private static final Gen<Optional<Long>> TOTALS = longs().between(-1, 20).toOptionals(40);

  @Test
  void buildsExactlyTheMeasuresThatKeepTheirInvariants() {
    theory().forAll(COUNTS, PERCENTS, TOTALS).checkAssert((count, percent, outOf) -> {
      boolean expected = (count.isPresent() || percent.isPresent())
          && outOf.map(total -> total >= 1
              && count.filter(Count::isExact).filter(c -> c.value() <= total).isPresent()).orElse(true);
      Measure.Builder builder = Measure.builder();
      count.ifPresent(builder::count);
      percent.ifPresent(builder::percent);
      outOf.ifPresent(builder::outOf);
      try {
        Measure measure = builder.build();
        assertThat(expected).as("built %s", measure).isTrue();
        assertThat(measure.count()).isEqualTo(count);
        assertThat(measure.percent()).isEqualTo(percent);
      } catch (InvalidValueException refused) {
        assertThat(expected).as("refused: %s", refused.getMessage()).isFalse();
        assertThat(refused.field()).isIn("count", "outOf");
      }
    });
  }
}
