package org.aldea.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.aldea.benchmarks.plain.HandStreaming;
import org.aldea.benchmarks.plain.PlainRecords;
import org.aldea.json.AldeaJson;
import org.aldea.testkit.AldeaGenerators;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, briefly and in process, so that none can break silently. It judges no
 * timing: BENCHMARKS.md holds the measurements and how to reproduce them.
 */
class BenchmarksSmokeTest {
  @Test
  void everyBenchmarkRuns() throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include("org\\.aldea\\.benchmarks\\..*")
        .param("children", "1000")
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .forks(0)
        .shouldFailOnError(true)
        .build()).run();
    // Codec 6; validation 4, each with warm and with cold caches; NDJSON 1.
    assertThat(results).hasSize(6 + 4 * 2 + 1);
  }

  @Test
  void theInterleavedDecodeRuns() {
    InterleavedDecode.main(new String[] {"100", "3"});
  }

  @Test
  void theBaselinesReadAndWriteTheSameDocument() {
    byte[] document = AldeaJson.create().encode(AldeaGenerators.dataset(3, 500)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    PlainRecords.Document databind = PlainRecords.MAPPER.readValue(document, PlainRecords.Document.class);
    PlainRecords.Document streamed = HandStreaming.read(new java.io.ByteArrayInputStream(document));
    assertThat(streamed).isEqualTo(databind);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    HandStreaming.write(streamed, out);
    assertThat(PlainRecords.MAPPER.readValue(out.toByteArray(), PlainRecords.Document.class)).isEqualTo(databind);
    assertThat(AldeaJson.create().decodeDataset(new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
        .value()).isEqualTo(AldeaGenerators.dataset(3, 500));
  }
}
