package org.aldea.json;

import static org.aldea.json.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;

/**
 * 10,000 random byte and structure mutations of valid documents: each either decodes or is refused
 * with JsonDecodingException, never anything else.
 */
class MutationRobustnessTest {
  private static final byte[][] SEEDS = {
      AldeaJson.create().encode(PeruFixtures.part(PeruFixtures.CUZCO)).getBytes(StandardCharsets.UTF_8),
      AldeaJson.create().encode(PeruFixtures.part(PeruFixtures.AREQUIPA)).getBytes(StandardCharsets.UTF_8),
      AldeaJson.builder().pretty(true).build().encode(PeruFixtures.part(PeruFixtures.CALLAO)).getBytes(StandardCharsets.UTF_8),
  };

  /** Fragments that change the structure rather than the bytes. */
  private static final String[] FRAGMENTS = {
      "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e999", "0.5", "\"x\"", "{\"about\":1}", "[[[[",
      "\"type\":\"left_care\"", "\"schemaVersion\":\"2.0\"", "\\u0000", "\"\\ud800\"", "99999999999999999999999"};

  private static final AldeaJson JSON = AldeaJson.create();

  @Test
  void mutatedDocumentsDecodeOrAreRefusedWithOurException() {
    theory(10_000).forAll(longs().all(), integers().between(1, 8)).checkAssert((seed, mutations) -> {
      byte[] mutated = mutate(seed, mutations);
      Throwable thrown = catchThrowable(() -> JSON.decodeDataset(new ByteArrayInputStream(mutated)));
      if (thrown != null) {
        assertThat(thrown).as("for input %s", new String(mutated, StandardCharsets.UTF_8))
            .isInstanceOf(JsonDecodingException.class);
      }
    });
  }

  private static byte[] mutate(long seed, int mutations) {
    SplittableRandom random = new SplittableRandom(seed);
    return Mutations.mutate(SEEDS[random.nextInt(SEEDS.length)], random, mutations, FRAGMENTS);
  }
}
