package org.aldea.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.core.model.SosFamily;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;

class NdjsonTest {
  private static final AldeaJson JSON = AldeaJson.create();
  private static final List<Child> CHILDREN = PeruFixtures.dataset().children().subList(0, 5);

  private static String write(List<Child> children) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter<Child> writer = JSON.writeNdjson(out, EntityKind.CHILDREN)) {
      children.forEach(writer::write);
      assertThat(writer.count()).isEqualTo(children.size());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static NdjsonReader<Child> read(String ndjson, NdjsonListener listener) {
    return JSON.readNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), EntityKind.CHILDREN, listener);
  }

  @Test
  void writesAHeaderThenOneCompactEntityPerLine() {
    String ndjson = write(CHILDREN);
    String[] lines = ndjson.split("\n", -1);
    assertThat(lines).hasSize(CHILDREN.size() + 2);
    assertThat(lines[0]).isEqualTo("{\"schemaVersion\":\"1.0\",\"kind\":\"children\"}");
    assertThat(lines[1]).isEqualTo(JSON.encode(CHILDREN.get(0)));
    assertThat(lines[lines.length - 1]).isEmpty();
  }

  @Test
  void readsBackWhatWasWritten() {
    try (NdjsonReader<Child> reader = read(write(CHILDREN), NdjsonListener.STRICT)) {
      assertThat(reader.kind()).isEqualTo(EntityKind.CHILDREN);
      assertThat(reader.schemaVersion()).isEqualTo("1.0");
      assertThat(reader.stream().toList()).isEqualTo(CHILDREN);
      assertThat(reader.lineNumber()).isEqualTo(6);
    }
  }

  @Test
  void skipsBlankLinesAndAcceptsCarriageReturns() {
    String ndjson = write(CHILDREN).replace("\n", "\r\n").replaceFirst("\r\n", "\r\n\n  \n");
    try (NdjsonReader<Child> reader = read(ndjson, NdjsonListener.STRICT)) {
      assertThat(reader.stream().toList()).isEqualTo(CHILDREN);
    }
  }

  @Test
  void aStreamWithoutAHeaderIsRefusedAsSuchWithoutWarningsForTheEntitysProperties() {
    String headless = write(CHILDREN).lines().skip(1).reduce("", (all, line) -> all + line + "\n");
    List<DecodeWarning> warnings = new ArrayList<>();
    NdjsonListener listener = new NdjsonListener() {
      @Override
      public void onWarning(DecodeWarning warning) {
        warnings.add(warning);
      }
    };
    JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class, () -> read(headless, listener));
    assertThat(refused.line()).isEqualTo(1);
    assertThat(refused.pointer()).isEmpty();
    assertThat(refused.reason()).startsWith("the stream has no header line");
    assertThat(warnings).isEmpty();
    // A header with a later minor's property still warns, once it is known to be a header.
    String later = write(CHILDREN).replaceFirst("\\{", "{\"later\":1,");
    try (NdjsonReader<Child> reader = read(later, listener)) {
      assertThat(reader.next()).isEqualTo(CHILDREN.get(0));
    }
    assertThat(warnings).extracting(DecodeWarning::pointer).containsExactly("/later");
  }

  @Test
  void strictModeStopsAtTheFirstBadLineWithItsNumber() {
    String ndjson = corrupt(write(CHILDREN));
    try (NdjsonReader<Child> reader = read(ndjson, NdjsonListener.STRICT)) {
      assertThat(reader.next()).isEqualTo(CHILDREN.get(0));
      JsonDecodingException bad = catchThrowableOfType(JsonDecodingException.class, reader::next);
      assertThat(bad.line()).isEqualTo(3);
      assertThat(bad.pointer()).isEqualTo("/born");
      assertThat(bad.getMessage()).startsWith("/born (line 3, column ");
    }
  }

  @Test
  void tolerantModeReportsEveryBadLineAndLosesNoGoodLine() {
    String ndjson = corrupt(write(CHILDREN));
    List<JsonDecodingException> bad = new ArrayList<>();
    NdjsonListener tolerant = new NdjsonListener() {
      @Override
      public void onBadLine(JsonDecodingException error) {
        bad.add(error);
      }
    };
    try (NdjsonReader<Child> reader = read(ndjson, tolerant)) {
      List<Child> read = reader.stream().toList();
      assertThat(read).containsExactly(CHILDREN.get(0), CHILDREN.get(2), CHILDREN.get(4));
      assertThat(reader.badLineCount()).isEqualTo(3);
    }
    assertThat(bad).extracting(JsonDecodingException::line).containsExactly(3L, 5L, 7L);
    assertThat(bad).extracting(JsonDecodingException::reason)
        .containsExactly("must be YYYY, YYYY-MM or YYYY-MM-DD", "malformed JSON", "must be a child (a JSON object)");
  }

  /** Breaks lines 3 (a bad date), 5 (malformed JSON) and adds a line 7 of the wrong shape. */
  private static String corrupt(String ndjson) {
    String[] lines = ndjson.split("\n");
    lines[2] = lines[2].replaceFirst("\"born\":\"[^\"]*\"", "\"born\":\"Rosa\"");
    lines[4] = lines[4].substring(0, lines[4].length() - 3);
    return String.join("\n", lines) + "\n[1,2]\n";
  }

  @Test
  void reportsUnknownPropertiesWithTheirLine() {
    String ndjson = write(CHILDREN.subList(0, 2)).replaceFirst("\\}\n$", ",\"nickname\":\"x\"}\n");
    List<DecodeWarning> warnings = new ArrayList<>();
    try (NdjsonReader<Child> reader = read(ndjson, new NdjsonListener() {
      @Override
      public void onWarning(DecodeWarning warning) {
        warnings.add(warning);
      }
    })) {
      assertThat(reader.stream().count()).isEqualTo(2);
    }
    assertThat(warnings).singleElement().satisfies(warning -> {
      assertThat(warning.pointer()).isEqualTo("/nickname");
      assertThat(warning.line()).isEqualTo(3);
    });
  }

  @Test
  void aLineOverTheLimitIsABadLine() {
    AldeaJson small = AldeaJson.builder().maxLineBytes(200).build();
    String ndjson = "{\"schemaVersion\":\"1.0\",\"kind\":\"children\"}\n" + JSON.encode(CHILDREN.get(0)) + "\n"
        + "{\"id\":\"" + "x".repeat(300) + "\"}\n" + JSON.encode(CHILDREN.get(1)) + "\n";
    List<JsonDecodingException> bad = new ArrayList<>();
    try (NdjsonReader<Child> reader = small.readNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)),
        EntityKind.CHILDREN, new NdjsonListener() {
          @Override
          public void onBadLine(JsonDecodingException error) {
            bad.add(error);
          }
        })) {
      assertThat(reader.stream().toList()).containsExactly(CHILDREN.get(0), CHILDREN.get(1));
    }
    assertThat(bad).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(3);
      assertThat(error.reason()).contains("over the limit of 200 bytes");
    });
  }

  /**
   * Lines longer than a batch of the reader (64 KiB), within and over the limit, after a header
   * that 100,000 blank lines put past the first batch, and a last line without its break: the
   * reader splits batches at line breaks, and counts the lines of each.
   */
  @Test
  void linesLongerThanABatchAreReadOrSkippedWholeAndCounted() {
    AldeaJson limited = AldeaJson.builder().maxLineBytes(200_000).build();
    AldeaJson parallel = AldeaJson.builder().maxLineBytes(200_000)
        .ndjsonExecutor(java.util.concurrent.ForkJoinPool.commonPool()).build();
    String later = JSON.encode(CHILDREN.get(1)).replaceFirst("\\{", "{\"later\":[" + "1,".repeat(60_000) + "1],");
    String ndjson = "\n".repeat(100_000) + "{\"schemaVersion\":\"1.0\",\"kind\":\"children\"}\n"
        + JSON.encode(CHILDREN.get(0)) + "\n" + "{\"id\":\"" + "x".repeat(500_000) + "\"}\n" + later + "\n"
        + "x".repeat(300_000) + "\n" + JSON.encode(CHILDREN.get(2));
    for (AldeaJson json : List.of(limited, parallel)) {
      List<String> told = new ArrayList<>();
      try (NdjsonReader<Child> reader = json.readNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)),
          EntityKind.CHILDREN, new NdjsonListener() {
            @Override
            public void onWarning(DecodeWarning warning) {
              told.add("warning " + warning.line() + " " + warning.pointer());
            }

            @Override
            public void onBadLine(JsonDecodingException error) {
              told.add("bad " + error.line() + ":" + error.column() + " " + error.reason());
            }
          })) {
        assertThat(reader.lineNumber()).isEqualTo(100_001);
        while (reader.hasNext()) {
          told.add("child " + reader.lineNumber() + " " + reader.next().id());
        }
      }
      assertThat(told).containsExactly("child 100002 " + CHILDREN.get(0).id(),
          "bad 100003:200001 line over the limit of 200000 bytes",
          "warning 100004 /later", "child 100004 " + CHILDREN.get(1).id(),
          "bad 100005:200001 line over the limit of 200000 bytes",
          "child 100006 " + CHILDREN.get(2).id());
    }
  }

  @Test
  void refusesAMissingWrongOrMismatchedHeader() {
    assertThat(headerFailure("").reason()).isEqualTo("the stream has no header line");
    assertThat(headerFailure("{\"schemaVersion\":\"2.0\",\"kind\":\"children\"}\n").pointer()).isEqualTo("/schemaVersion");
    assertThat(headerFailure("{\"schemaVersion\":\"1.0\"}\n").reason()).isEqualTo("kind is required");
    assertThat(headerFailure("{\"schemaVersion\":\"1.0\",\"kind\":\"pets\"}\n").reason()).startsWith("kind must be one of");
    assertThat(headerFailure("{\"schemaVersion\":\"1.0\",\"kind\":\"families\"}\n").reason())
        .isEqualTo("the stream holds families, not children");
    assertThat(headerFailure(JSON.encode(CHILDREN.get(0))).pointer()).isEqualTo("");
  }

  /** A header line over the line limit, within a block of lines or longer than one, is refused at its line. */
  @Test
  void refusesAHeaderLineOverTheLimitAtItsLine() {
    AldeaJson limited = AldeaJson.builder().maxLineBytes(1_000).build();
    for (int length : List.of(1_500, 70_000)) {
      String header = "{\"schemaVersion\":\"1.0\",\"kind\":\"children\",\"x\":\"" + "a".repeat(length) + "\"}\n";
      JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class,
          () -> limited.readNdjson(new ByteArrayInputStream(("\n \n" + header).getBytes(StandardCharsets.UTF_8)),
              EntityKind.CHILDREN, NdjsonListener.STRICT));
      assertThat(refused).as("a header of %d bytes", length).isNotNull();
      assertThat(refused.line()).isEqualTo(3);
      assertThat(refused.column()).isEqualTo(1_001);
      assertThat(refused.reason()).isEqualTo("header line over the limit of 1000 bytes");
    }
  }

  private static JsonDecodingException headerFailure(String ndjson) {
    return catchThrowableOfType(JsonDecodingException.class, () -> read(ndjson, NdjsonListener.STRICT));
  }

  @Test
  void aReaderCanLearnTheKindFromTheHeader() {
    NdjsonReader<?> reader = JSON.readNdjson(new ByteArrayInputStream(write(CHILDREN).getBytes(StandardCharsets.UTF_8)),
        NdjsonListener.STRICT);
    assertThat(reader.kind()).isEqualTo(EntityKind.CHILDREN);
    assertThat(reader.as(EntityKind.CHILDREN).stream().toList()).isEqualTo(CHILDREN);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> reader.as(EntityKind.FAMILIES));
  }

  @Test
  void everyKindCanBeStreamed() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<SosFamily> families = PeruFixtures.dataset().families();
    try (NdjsonWriter<SosFamily> writer = JSON.writeNdjson(out, EntityKind.FAMILIES)) {
      families.forEach(writer::write);
    }
    try (NdjsonReader<SosFamily> reader = JSON.readNdjson(new ByteArrayInputStream(out.toByteArray()), EntityKind.FAMILIES)) {
      assertThat(reader.stream().toList()).isEqualTo(families);
    }
  }
}
