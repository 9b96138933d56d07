package org.aldea.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.json.AldeaJson;
import org.aldea.json.NdjsonReader;
import org.aldea.json.NdjsonWriter;
import org.aldea.testkit.ChildStream;
import org.aldea.testkit.PeruFixtures;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.ChildStreamValidation;
import org.aldea.validation.StreamSummary;
import org.aldea.validation.ValidationPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding and validating an NDJSON file of a million generated children, line by line, in a
 * 64 MiB heap: it only completes if neither side holds the stream in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class NdjsonBenchmark {
  /** How many children the file has. */
  @Param({"1000000"})
  public long children;

  private ChildStream stream;
  private Path file;

  /** Writes the file once per trial. */
  @Setup
  public void write() throws IOException {
    stream = ChildStream.of(1, children);
    file = Files.createTempFile("aldea-children", ".ndjson");
    try (NdjsonWriter<Child> writer = AldeaJson.create().writeNdjson(
        new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), EntityKind.CHILDREN)) {
      stream.forEach(writer::write);
    }
  }

  /** Deletes the file. */
  @TearDown
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Decodes and validates every line.
   *
   * @return the summary
   */
  @Benchmark
  public StreamSummary decodeAndValidate() throws IOException {
    ChildStreamValidation validation = AldeaValidator.create(ValidationPolicy.asOf(PeruFixtures.AS_OF))
        .validateChildren(stream.context(), issue -> { });
    try (InputStream in = Files.newInputStream(file);
        NdjsonReader<Child> reader = AldeaJson.create().readNdjson(in, EntityKind.CHILDREN)) {
      reader.forEachRemaining(validation::accept);
    }
    return validation.finish();
  }
}
