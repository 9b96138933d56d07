package org.aldea.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Decodes and validates an NDJSON file of generated children and prints records per second and the
 * peak heap used while doing it. Run it in a small heap:
 * {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar org.aldea.benchmarks.NdjsonLoad 1000000}.
 */
public final class NdjsonLoad {
  private NdjsonLoad() {}

  /** Samples the heap in use, and what the collector left live, every 10 ms. */
  private static final class HeapSampler extends Thread {
    volatile long peakUsed;
    volatile long peakLive;

    HeapSampler() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        long live = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getCollectionUsage).filter(usage -> usage != null).mapToLong(usage -> usage.getUsed())
            .sum();
        peakLive = Math.max(peakLive, live);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /**
   * Runs the load.
   *
   * @param args optionally, how many children (default 1,000,000)
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    long children = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    ChildStream stream = ChildStream.of(1, children);
    Path file = Files.createTempFile("aldea-children", ".ndjson");
    try {
      try (NdjsonWriter<Child> writer = AldeaJson.create().writeNdjson(
          new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), EntityKind.CHILDREN)) {
        stream.forEach(writer::write);
      }
      System.gc();
      HeapSampler sampler = new HeapSampler();
      sampler.start();
      long start = System.nanoTime();
      ChildStreamValidation validation = AldeaValidator.create(ValidationPolicy.asOf(PeruFixtures.AS_OF))
          .validateChildren(stream.context(), issue -> { });
      try (InputStream in = Files.newInputStream(file);
          NdjsonReader<Child> reader = AldeaJson.create().readNdjson(in, EntityKind.CHILDREN)) {
        reader.forEachRemaining(validation::accept);
      }
      StreamSummary summary = validation.finish();
      double seconds = (System.nanoTime() - start) / 1e9;
      sampler.interrupt();
      System.out.printf("%d children (%d MiB of NDJSON) decoded and validated in %.2f s: %.0f records/s; %d errors;"
              + " heap in use at most %d MiB (sampled every 10 ms), live after GC at most %d MiB, of %d MiB max%n",
          summary.children(), Files.size(file) >> 20, seconds, summary.children() / seconds, summary.errorCount(),
          sampler.peakUsed >> 20, sampler.peakLive >> 20, Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
