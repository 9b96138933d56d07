package org.aldea.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.aldea.benchmarks.plain.HandStreaming;
import org.aldea.benchmarks.plain.PlainRecords;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.testkit.AldeaGenerators;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding and encoding a whole document, side by side on the same generated datasets: aldea-json,
 * plain Jackson databind on equivalent records (what a user would write instead), and a
 * hand-written Jackson streaming reader and writer of those records (the limit on Jackson).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {
  private static final AldeaJson ALDEA = AldeaJson.create();

  /** How many children the dataset has, with its families, programmes and outcomes. */
  @Param({"1000", "10000", "100000"})
  public int children;

  private byte[] document;
  private Dataset dataset;
  private PlainRecords.Document plain;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

  /** Generates the dataset and its document once per trial. */
  @Setup
  public void generate() {
    dataset = AldeaGenerators.dataset(1, children);
    out.reset();
    ALDEA.encode(dataset, out);
    document = out.toByteArray();
    plain = PlainRecords.MAPPER.readValue(document, PlainRecords.Document.class);
  }

  /**
   * aldea-json: checked, with pointers for every problem.
   *
   * @return the dataset
   */
  @Benchmark
  public Dataset decodeAldea() {
    return ALDEA.decodeDataset(new ByteArrayInputStream(document)).value();
  }

  /**
   * Plain Jackson databind on records.
   *
   * @return the records
   */
  @Benchmark
  public PlainRecords.Document decodeDatabindRecords() {
    return PlainRecords.MAPPER.readValue(document, PlainRecords.Document.class);
  }

  /**
   * Hand-written Jackson streaming.
   *
   * @return the records
   */
  @Benchmark
  public PlainRecords.Document decodeHandStreaming() {
    return HandStreaming.read(new ByteArrayInputStream(document));
  }

  /**
   * aldea-json, canonical output.
   *
   * @return the size written
   */
  @Benchmark
  public int encodeAldea() {
    out.reset();
    ALDEA.encode(dataset, out);
    return out.size();
  }

  /**
   * Plain Jackson databind on records.
   *
   * @return the size written
   */
  @Benchmark
  public int encodeDatabindRecords() {
    out.reset();
    PlainRecords.MAPPER.writeValue(out, plain);
    return out.size();
  }

  /**
   * Hand-written Jackson streaming.
   *
   * @return the size written
   */
  @Benchmark
  public int encodeHandStreaming() {
    out.reset();
    HandStreaming.write(plain, out);
    return out.size();
  }
}
