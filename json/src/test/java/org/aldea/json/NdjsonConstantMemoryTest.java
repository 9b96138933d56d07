package org.aldea.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.testkit.ChildStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Streams 1,000,000 generated children through an NDJSON writer and reader in one pipe. Surefire
 * runs this class alone under -Xmx64m (the "constant-memory" execution in the pom): it only passes
 * if neither side holds the stream in memory.
 */
@Tag("constant-memory")
class NdjsonConstantMemoryTest {
  private static final long CHILDREN = 1_000_000;

  @Test
  void decodesAMillionChildrenInConstantMemory() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx64m").isLessThanOrEqualTo(80L << 20);
    AldeaJson json = AldeaJson.create();
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    AtomicReference<Throwable> writerFailure = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try (NdjsonWriter<Child> ndjson = json.writeNdjson(out, EntityKind.CHILDREN)) {
        ChildStream.of(1, CHILDREN).forEach(ndjson::write);
      } catch (Throwable t) {
        writerFailure.set(t);
      }
    }, "ndjson-writer");
    writer.start();
    long read = 0;
    long sponsored = 0;
    try (NdjsonReader<Child> reader = json.readNdjson(in, EntityKind.CHILDREN)) {
      while (reader.hasNext()) {
        Child child = reader.next();
        read++;
        if (child.sponsored()) {
          sponsored++;
        }
      }
    } catch (UncheckedIOException e) {
      throw new IOException(e);
    }
    writer.join();
    assertThat(writerFailure.get()).isNull();
    assertThat(read).isEqualTo(CHILDREN);
    assertThat(sponsored).isBetween(CHILDREN / 3, 2 * CHILDREN / 3);
  }
}
