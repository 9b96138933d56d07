package org.aldea.json;

import static org.aldea.json.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.testkit.AldeaGenerators;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A stream reads as each of its lines would alone, whether decoded on the reading thread or ahead
 * on an executor: the same entities, warnings and bad lines, in the same order, with the same
 * lines, told on the reading thread; and it decodes no more than its batches ahead of the reader.
 */
class ParallelNdjsonTest {
  private static final int MAX_LINE_BYTES = 4096;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);
  private static final AldeaJson SEQUENTIAL = AldeaJson.builder().maxLineBytes(MAX_LINE_BYTES).build();
  private static final AldeaJson PARALLEL = AldeaJson.builder().maxLineBytes(MAX_LINE_BYTES).ndjsonExecutor(POOL).build();

  @AfterAll
  static void stopThePool() {
    POOL.shutdownNow();
  }

  /**
   * A stream of many batches: the children repeated, among blank lines, bad lines of every kind
   * and lines with properties this version does not know.
   */
  private static byte[] stream(List<Child> children, long seed, int badShare) {
    SplittableRandom random = new SplittableRandom(seed);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(ascii("{\"schemaVersion\":\"1.0\",\"kind\":\"children\"}\n"));
    int lines = 200 + random.nextInt(2_000);
    for (int i = 0; i < lines; i++) {
      String good = SEQUENTIAL.encode(children.get(random.nextInt(children.size())));
      int roll = random.nextInt(100);
      if (roll < badShare) {
        stream.writeBytes(TolerantNdjsonTest.badLine(random.nextLong(), ascii(good)));
      } else if (roll < badShare + 5) {
        stream.writeBytes(ascii(random.nextBoolean() ? "" : " \t"));
      } else if (roll < badShare + 15) {
        stream.writeBytes(ascii(good.replaceFirst("\\{", "{\"later" + random.nextInt(3) + "\":[1,{}],")));
      } else if (roll < badShare + 17) { // an entity broken over two lines: two bad lines
        int at = 1 + random.nextInt(good.length() - 1);
        stream.writeBytes(ascii(good.substring(0, at) + "\n" + good.substring(at)));
      } else if (roll < badShare + 19) { // two entities on one line: a bad line
        stream.writeBytes(ascii(good + (random.nextBoolean() ? " " : "") + good));
      } else {
        stream.writeBytes(ascii(good));
      }
      stream.write(random.nextInt(10) == 0 ? '\r' : ' ');
      stream.write('\n');
    }
    return stream.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Records what a reader tells, in order, and that it is told on the thread that reads. */
  private static final class Events implements NdjsonListener {
    final List<String> told = new ArrayList<>();
    final Thread reading = Thread.currentThread();
    final boolean tolerant;

    Events(boolean tolerant) {
      this.tolerant = tolerant;
    }

    @Override
    public void onWarning(DecodeWarning warning) {
      assertThat(Thread.currentThread()).isSameAs(reading);
      told.add("warning " + warning.line() + ":" + warning.column() + " " + warning.code() + " " + warning.pointer());
    }

    @Override
    public void onBadLine(JsonDecodingException error) {
      assertThat(Thread.currentThread()).isSameAs(reading);
      told.add("bad " + error.getMessage());
      if (!tolerant) {
        throw error;
      }
    }

    /**
     * Reads each line of a stream by itself, in a stream of the header and as many blank lines
     * as put it on its line: what any reader of the whole stream must tell.
     */
    List<String> readEachAlone(AldeaJson json, byte[] stream) {
      String[] lines = new String(stream, StandardCharsets.ISO_8859_1).split("\n", -1);
      for (int i = 1; i < lines.length && (told.isEmpty() || !told.get(told.size() - 1).startsWith("stopped")); i++) {
        if (!lines[i].chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')) { // JSON's white space
          read(json, (lines[0] + "\n".repeat(i) + lines[i] + "\n").getBytes(StandardCharsets.ISO_8859_1));
        }
      }
      return told;
    }

    List<String> read(AldeaJson json, byte[] stream) {
      try (NdjsonReader<Child> reader = json.readNdjson(new ByteArrayInputStream(stream), EntityKind.CHILDREN, this)) {
        while (reader.hasNext()) {
          Child child = reader.next();
          told.add("entity " + reader.lineNumber() + " " + child.id());
        }
      } catch (JsonDecodingException stop) {
        told.add("stopped " + stop.getMessage());
      }
      return told;
    }
  }

  @Test
  void tolerantReadersAgreeLineByLine() {
    readersAgree(true, 10);
  }

  @Test
  void strictReadersStopAtTheSameLineWithTheSameEntitiesBeforeIt() {
    readersAgree(false, 2);
  }

  /**
   * Reads random streams with up to a share of bad lines, each line alone and the whole stream both
   * ways (a parser reads the lines of a batch one after another), and compares what each told.
   */
  private static void readersAgree(boolean tolerant, int maxBadShare) {
    theory(30).forAll(lists().of(AldeaGenerators.children()).ofSizeBetween(1, 8), longs().all(),
        integers().between(0, maxBadShare)).checkAssert((children, seed, badShare) -> {
          byte[] stream = stream(children, seed, badShare);
          List<String> alone = new Events(tolerant).readEachAlone(SEQUENTIAL, stream);
          assertThat(new Events(tolerant).read(SEQUENTIAL, stream)).isEqualTo(alone);
          assertThat(new Events(tolerant).read(PARALLEL, stream)).isEqualTo(alone);
        });
  }

  @Test
  void aLineIsNotReadIntoTheNextOrPastASecondValue() {
    String header = "{\"schemaVersion\":\"1.0\",\"kind\":\"children\"}\n";
    String good = SEQUENTIAL.encode(PeruFixtures.dataset().children().get(0));
    // Together the two lines would be one child; each alone is malformed.
    String split = "{\"id\":\"c1\",\"born\":\"2001\",\"care\":\n"
        + "{\"type\":\"sos_family\",\"family\":\"f1\",\"since\":\"2002\"}}\n";
    for (AldeaJson json : List.of(SEQUENTIAL, PARALLEL)) {
      assertThat(new Events(true).read(json, ascii(header + good + "\n" + split + good + "\n")))
          .containsExactly("entity 2 " + PeruFixtures.dataset().children().get(0).id(),
              "bad /care (line 3, column 33): unexpected end of input",
              "warning 4:9 json.unknown_property /type",
              "warning 4:31 json.unknown_property /family",
              "warning 4:44 json.unknown_property /since",
              "bad document (line 4, column 1): id: is required",
              "entity 5 " + PeruFixtures.dataset().children().get(0).id());
      assertThat(new Events(true).read(json, ascii(header + good + " " + good + "\n")))
          .containsExactly("bad document (line 2, column " + (good.length() + 2) + "): unexpected content after the end of the value");
    }
  }

  @Test
  void decodesNoMoreThanItsBatchesAheadOfTheReader() {
    Child child = PeruFixtures.dataset().children().get(0);
    byte[] line = ascii(SEQUENTIAL.encode(child) + "\n");
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(ascii("{\"schemaVersion\":\"1.0\",\"kind\":\"children\"}\n"));
    int lines = 60 * NdjsonReader.BATCH_BYTES / line.length;
    for (int i = 0; i < lines; i++) {
      stream.writeBytes(line);
    }
    AtomicInteger tasks = new AtomicInteger();
    AldeaJson counted = AldeaJson.builder().ndjsonExecutor(task -> {
      tasks.incrementAndGet();
      POOL.execute(task);
    }).build();
    try (NdjsonReader<Child> reader = counted.readNdjson(new ByteArrayInputStream(stream.toByteArray()), EntityKind.CHILDREN)) {
      assertThat(tasks).hasValue(0);
      assertThat(reader.next()).isEqualTo(child);
      assertThat(tasks).hasValue(NdjsonReader.BATCHES_AHEAD);
      assertThat(reader.stream().count()).isEqualTo(lines - 1);
      assertThat(tasks.get()).isGreaterThan(50);
    }
  }

  @Test
  void aBadLineHasTheSameColumnWhereverItFallsInABatch() {
    String bad = "{\"id\":\"c2\",,\"born\":\"2001\"}\n";
    String good = SEQUENTIAL.encode(PeruFixtures.dataset().children().get(0)) + "\n";
    String header = "{\"schemaVersion\":\"1.0\",\"kind\":\"children\"}\n";
    for (AldeaJson json : List.of(SEQUENTIAL, PARALLEL)) {
      List<String> first = new Events(true).read(json, ascii(header + bad));
      List<String> later = new Events(true).read(json, ascii(header + good.repeat(300) + bad));
      assertThat(first).containsExactly("bad /id (line 2, column 12): malformed JSON");
      assertThat(later).hasSize(301).last().isEqualTo("bad /id (line 302, column 12): malformed JSON");
    }
  }

  @Test
  void batchesAnExecutorRefusesOrNeverRunsAreDecodedByTheReadingThread() {
    byte[] stream = stream(PeruFixtures.dataset().children(), 7, 10);
    List<String> expected = new Events(true).read(SEQUENTIAL, stream);
    Executor refusing = task -> {
      throw new java.util.concurrent.RejectedExecutionException("no threads left");
    };
    Executor neverRunning = task -> { };
    for (Executor executor : List.of(refusing, neverRunning)) {
      AldeaJson json = AldeaJson.builder().maxLineBytes(MAX_LINE_BYTES).ndjsonExecutor(executor).build();
      assertThat(new Events(true).read(json, stream)).hasSizeGreaterThan(200).isEqualTo(expected);
    }
  }
}
