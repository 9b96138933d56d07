package org.aldea.json;

import static org.aldea.json.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;

import org.aldea.core.model.Dataset;
import org.aldea.testkit.AldeaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** decode(encode(x)) equals x, and encoding is canonical: the bytes are stable. */
class RoundTripTest {
  private static final AldeaJson COMPACT = AldeaJson.create();
  private static final AldeaJson PRETTY = AldeaJson.builder().pretty(true).build();

  @Test
  void datasetsSurviveARoundTripWithStableBytes() {
    theory(1_000).forAll(AldeaGenerators.datasets()).checkAssert(dataset -> {
      for (AldeaJson json : new AldeaJson[] {COMPACT, PRETTY}) {
        String encoded = json.encode(dataset);
        Decoded<Dataset> decoded = json.decodeDataset(encoded);
        assertThat(decoded.value()).isEqualTo(dataset);
        assertThat(decoded.warnings()).isEmpty();
        assertThat(json.encode(decoded.value())).isEqualTo(encoded);
      }
    });
  }

  @Test
  void everyEntityAndValueSurvivesARoundTrip() {
    roundTrip(AldeaGenerators.children());
    roundTrip(AldeaGenerators.families());
    roundTrip(AldeaGenerators.locations());
    roundTrip(AldeaGenerators.socialCentres());
    roundTrip(AldeaGenerators.programmes());
    roundTrip(AldeaGenerators.villages());
    roundTrip(AldeaGenerators.outcomes());
    roundTrip(AldeaGenerators.measures());
    roundTrip(AldeaGenerators.careSituations());
    roundTrip(AldeaGenerators.counts());
    roundTrip(AldeaGenerators.partialDates());
    roundTrip(AldeaGenerators.percents());
    roundTrip(AldeaGenerators.coordinates());
    roundTrip(AldeaGenerators.ageRanges());
    roundTrip(AldeaGenerators.codes());
    roundTrip(AldeaGenerators.childIds());
  }

  private static <T> void roundTrip(Gen<T> values) {
    theory(1_000).forAll(values).checkAssert(value -> {
      @SuppressWarnings("unchecked")
      Class<T> type = (Class<T>) wireType(value.getClass());
      String encoded = COMPACT.encode(value);
      T decoded = COMPACT.decode(encoded, type).value();
      assertThat(decoded).isEqualTo(value);
      assertThat(COMPACT.encode(decoded)).isEqualTo(encoded);
    });
  }

  /** The public type of a value: generated implementations and records map to their model type. */
  private static Class<?> wireType(Class<?> type) {
    for (Class<?> candidate : AldeaJsonModule.TYPES) {
      if (candidate.isAssignableFrom(type)) {
        return candidate;
      }
    }
    throw new AssertionError("no wire type for " + type);
  }
}
