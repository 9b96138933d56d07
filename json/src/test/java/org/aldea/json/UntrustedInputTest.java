package org.aldea.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;

/**
 * What fuzzing the decoder found, each as the minimal input that showed it: every one is refused
 * with a {@link JsonDecodingException} that says where (pointer, line, column), never with another
 * exception, and a tolerant NDJSON reader loses no good line over it.
 */
class UntrustedInputTest {
  private static final AldeaJson JSON = AldeaJson.create();
  private static final String CHILD =
      "{\"id\":\"c1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2015\"},\"education\":\"primary_school\"}";

  private static JsonDecodingException refused(byte[] bytes) {
    Throwable thrown = catchThrowable(() -> JSON.decodeDataset(new ByteArrayInputStream(bytes)));
    assertThat(thrown).isInstanceOf(JsonDecodingException.class);
    return (JsonDecodingException) thrown;
  }

  private static JsonDecodingException refused(String json, Class<?> type) {
    Throwable thrown = catchThrowable(() -> JSON.decode(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type));
    assertThat(thrown).as("decoding %s", json).isInstanceOf(JsonDecodingException.class);
    Throwable fromText = catchThrowable(() -> JSON.decode(json, type));
    assertThat(fromText).isInstanceOf(JsonDecodingException.class);
    JsonDecodingException fromBytes = (JsonDecodingException) thrown;
    JsonDecodingException fromString = (JsonDecodingException) fromText;
    assertThat(List.of(fromString.pointer(), fromString.line(), fromString.column(), fromString.reason()))
        .isEqualTo(List.of(fromBytes.pointer(), fromBytes.line(), fromBytes.column(), fromBytes.reason()));
    return (JsonDecodingException) thrown;
  }

  private static void assertAt(JsonDecodingException e, String pointer, long line, long column, String reason) {
    assertThat(e.pointer()).as("pointer").isEqualTo(pointer);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
    assertThat(e.reason()).as("reason").contains(reason);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  // 1. Encodings other than UTF-8 -----------------------------------------------------------------

  @Test
  void refusesBytesJacksonWouldReadAsUtf32AsMalformedNotAsAnIoError() {
    assertAt(refused(bytes(0, 0, 4, 0)), "", 1, 1, "must be UTF-8");
    assertAt(refused(bytes('{', 0, 0, 0, 0, 0)), "", 1, 2, "must be UTF-8");
    assertAt(refused(bytes(' ', '\n', 0, 0)), "", 2, 1, "must be UTF-8");
  }

  @Test
  void refusesUtf16AndUtf32EvenWithAByteOrderMark() {
    String document = "{\"schemaVersion\":\"1.0\"}";
    assertAt(refused(document.getBytes(StandardCharsets.UTF_16BE)), "", 1, 1, "must be UTF-8");
    assertAt(refused(document.getBytes(StandardCharsets.UTF_16LE)), "", 1, 2, "must be UTF-8");
    assertAt(refused(document.getBytes(StandardCharsets.UTF_16)), "", 1, 1, "must be UTF-8");
    assertAt(refused(document.getBytes(java.nio.charset.Charset.forName("UTF-32"))), "", 1, 1, "must be UTF-8");
  }

  @Test
  void refusesAUtf8ByteOrderMarkWhichOtherLanguagesParsersRefuse() {
    assertAt(refused("\uFEFF{\"schemaVersion\":\"1.0\"}", Dataset.class), "", 1, 1, "starts with a byte order mark");
    assertAt(refused("\uFEFF", Dataset.class), "", 1, 1, "starts with a byte order mark");
    // The start of a mark, or another character whose first byte is EF, is malformed JSON, no mark.
    assertThat(refused(bytes(0xef, 0xbb)).reason()).doesNotContain("byte order mark");
    assertThat(refused(bytes(0xef, 0x80, 0x80)).reason()).doesNotContain("byte order mark");
  }

  @Test
  void keepsIoErrorsForTheStreamsOwnFailuresEvenOfTheSameTypeJacksonUses() {
    InputStream failing = new InputStream() {
      private int given;

      @Override
      public int read() throws IOException {
        if (given++ < 5) {
          return ' ';
        }
        throw new CharConversionException("the stream itself failed");
      }
    };
    Throwable thrown = catchThrowable(() -> JSON.decodeDataset(failing));
    assertThat(thrown).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(CharConversionException.class);
  }

  @Test
  void refusesAnNdjsonHeaderThatIsNotUtf8AsMalformed() {
    Throwable thrown = catchThrowable(() -> JSON.readNdjson(new ByteArrayInputStream(bytes(0, '-', 0, 0, '\n')),
        EntityKind.CHILDREN));
    assertThat(thrown).isInstanceOf(JsonDecodingException.class);
    assertAt((JsonDecodingException) thrown, "", 1, 1, "must be UTF-8");
  }

  @Test
  void aTolerantReaderReportsLinesThatAreNotUtf8AndLosesNoGoodLine() throws IOException {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.write("{\"schemaVersion\":\"1.0\",\"kind\":\"children\"}\n".getBytes(StandardCharsets.UTF_8));
    stream.write((CHILD + "\n").getBytes(StandardCharsets.UTF_8));
    stream.write(bytes(0, '-', 0, 0, '\n'));
    stream.write((CHILD + "\n").getBytes(StandardCharsets.UTF_8));
    stream.write(bytes('{', 0, 0, 0, 0, 0, '\n'));
    stream.write((CHILD + "\n").getBytes(StandardCharsets.UTF_8));
    List<Long> badLines = new ArrayList<>();
    NdjsonListener tolerant = new NdjsonListener() {
      @Override
      public void onBadLine(JsonDecodingException error) {
        badLines.add(error.line());
      }
    };
    try (NdjsonReader<Child> reader = JSON.readNdjson(new ByteArrayInputStream(stream.toByteArray()), EntityKind.CHILDREN,
        tolerant)) {
      assertThat(reader.stream().count()).isEqualTo(3);
    }
    assertThat(badLines).containsExactly(3L, 5L);
  }

  // 2. Exponents beyond the range of an int -------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"1e2147483648", "1e-2147483649", "0e6592233722"})
  void refusesAPercentWhoseExponentNoDecimalCanHold(String number) {
    assertAt(refused("{\"percent\": " + number + "}", Measure.class), "/percent", 1, 13, "between 0 and 100");
    String outcome = "{\"id\":\"o\",\"village\":\"v\",\"indicator\":\"x\",\"period\":\"2017\",\"percent\":" + number + "}";
    assertAt(refused(outcome, Outcome.class), "/percent", 1, outcome.indexOf(number) + 1, "between 0 and 100");
  }

  @Test
  void aTolerantReaderSkipsAnOutcomeWithSuchAnExponent() {
    String good = "{\"id\":\"o\",\"village\":\"v\",\"indicator\":\"x\",\"period\":\"2017\",\"percent\":50}";
    String ndjson = "{\"schemaVersion\":\"1.0\",\"kind\":\"outcomes\"}\n" + good + "\n"
        + good.replace("50", "1e2147483648") + "\n" + good + "\n";
    List<JsonDecodingException> bad = new ArrayList<>();
    NdjsonListener tolerant = new NdjsonListener() {
      @Override
      public void onBadLine(JsonDecodingException error) {
        bad.add(error);
      }
    };
    try (NdjsonReader<Outcome> reader = JSON.readNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)),
        EntityKind.OUTCOMES, tolerant)) {
      assertThat(reader.stream().count()).isEqualTo(2);
    }
    assertThat(bad).singleElement().satisfies(e -> assertAt(e, "/percent", 3, good.indexOf("50") + 1, "between 0 and 100"));
  }

  // 3. Limits, with the place where they were crossed ---------------------------------------------

  @Test
  void refusesNestingDeeperThanTheLimitAtTheBracketThatCrossesIt() {
    String programme = "{\"\":" + "[".repeat(16);
    assertAt(refused(programme, FamilyStrengtheningProgramme.class), "/" + "/0".repeat(15), 1, 20,
        "nested deeper than 16 levels");
  }

  @Test
  void refusesAStringOverTheLimitWhereItStarts() {
    String child = "{\"id\":\n  \"" + "a".repeat(AldeaJson.MAX_STRING_LENGTH + 1) + "\"}";
    assertAt(refused(child, Child.class), "/id", 2, 3, "string longer than 10000 characters");
  }

  @Test
  void refusesANumberOverTheLimitWhereItStarts() {
    assertAt(refused("{\"outOf\":\n   " + "1".repeat(AldeaJson.MAX_NUMBER_LENGTH + 1) + "}", Measure.class),
        "/outOf", 2, 4, "number longer than 40 characters");
  }

  @Test
  void refusesAPropertyNameOverTheLimitAtItsObjectNotTheProperty() {
    String child = "{\"id\":\"c1\",\n \"care\":{\"type\":\"left_care\",\"" + "a".repeat(AldeaJson.MAX_NAME_LENGTH + 1) + "\":1}}";
    JsonDecodingException e = refused(child, Child.class);
    assertThat(e.pointer()).isEqualTo("/care");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).as("inside or just after the name").isBetween(29L, 133L);
    assertThat(e.reason()).isEqualTo("property name longer than 100 characters");
  }

  @Test
  void refusesADocumentOverTheLimitWhereItGoesPastIt() {
    AldeaJson small = AldeaJson.builder().maxDocumentBytes(100).build();
    String json = "{\"schemaVersion\":\"1.0\",\n\"locations\":[" + "{\"id\":\"l\",\"name\":\"L\",\"country\":\"PE\",\"region\":\"R\"},".repeat(3) + "{\"id\":\"m\"}]}";
    JsonDecodingException fromStream = catchThrowableOfType(JsonDecodingException.class,
        () -> small.decodeDataset(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertThat(fromStream.reason()).isEqualTo("document over the limit of 100 bytes");
    assertThat(fromStream.line()).isEqualTo(2);
    assertThat(fromStream.column()).isEqualTo(100 - 24 + 1);
    assertThat(fromStream.pointer()).startsWith("/locations/");
    JsonDecodingException fromText = catchThrowableOfType(JsonDecodingException.class, () -> small.decodeDataset(json));
    assertAt(fromText, "", 2, 100 - 24 + 1, "document over the limit of 100 characters");
  }

  @Test
  void acceptsADocumentOfExactlyTheLimit() {
    String json = "{\"schemaVersion\":\"1.0\"}";
    AldeaJson exact = AldeaJson.builder().maxDocumentBytes(json.length()).build();
    assertThat(exact.decodeDataset(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).value()).isNotNull();
    assertThat(exact.decodeDataset(json).value()).isNotNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''| 1 | 1", "'  '| 1 | 3", "' \n  \n '| 3 | 2", "'\r\n\r\n'| 3 | 1"})
  void refusesEmptyInputWhereItEnds(String input, long line, long column) {
    assertAt(refused(input.getBytes(StandardCharsets.UTF_8)), "", line, column, "the input is empty");
  }

  @Test
  void refusesAStreamWithoutHeaderWhereItEnds() {
    Throwable thrown = catchThrowable(() -> JSON.readNdjson(new ByteArrayInputStream(" \n\n  ".getBytes(StandardCharsets.UTF_8)),
        EntityKind.CHILDREN));
    assertAt((JsonDecodingException) thrown, "", 3, 3, "no header line");
  }

  @Test
  void refusesAWrongKindAtTheKindItself() {
    String header = "{\"schemaVersion\":\"1.0\", \"kind\":\"families\"}";
    Throwable thrown = catchThrowable(() -> JSON.readNdjson(new ByteArrayInputStream(
        ("\n" + header + "\n").getBytes(StandardCharsets.UTF_8)), EntityKind.CHILDREN));
    assertAt((JsonDecodingException) thrown, "/kind", 2, header.indexOf("\"families\"") + 1,
        "the stream holds families, not children");
  }

  // 4. Caps on properties, and duplicates found in linear time ------------------------------------

  private static String objectOf(int properties) {
    StringBuilder json = new StringBuilder("{\"schemaVersion\":\"1.0\"");
    for (int i = 1; i < properties; i++) {
      json.append(",\"u").append(i).append("\":0");
    }
    return json.append('}').toString();
  }

  @Test
  void refusesAnObjectWithMorePropertiesThanTheCapAtTheFirstOneOver() {
    String json = objectOf(AldeaJson.DEFAULT_MAX_PROPERTIES_PER_OBJECT + 1);
    JsonDecodingException e = refused(json.getBytes(StandardCharsets.UTF_8));
    assertAt(e, "", 1, json.indexOf("\"u1000\"") + 1, "more than 1000 properties in one object (maxPropertiesPerObject)");
    assertThat(JSON.decodeDataset(objectOf(AldeaJson.DEFAULT_MAX_PROPERTIES_PER_OBJECT)).warnings()).hasSize(999);
    AldeaJson wide = AldeaJson.builder().maxPropertiesPerObject(5000).build();
    assertThat(wide.decodeDataset(json).warnings()).hasSize(1000);
  }

  @Test
  void refusesMoreUnknownPropertiesThanTheCapAtTheFirstOneOver() {
    AldeaJson capped = AldeaJson.builder().maxUnknownProperties(2).build();
    String json = "{\"schemaVersion\":\"1.0\",\"children\":[" + CHILD.substring(0, CHILD.length() - 1) + ",\"a\":1,\"b\":2}" + ","
        + CHILD.replace("\"c1\"", "\"c2\"").replace("\"education\"", "\"x\":[1,{\"y\":2}],\"education\"") + "]}";
    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class, () -> capped.decodeDataset(json));
    assertAt(e, "/children/1/x", 1, json.indexOf("[1,{") + 1, "more than 2 unknown properties (maxUnknownProperties)");
    assertThat(AldeaJson.builder().maxUnknownProperties(3).build().decodeDataset(json).warnings()).hasSize(3);
  }

  @Test
  void theCapsHaveFloors() {
    assertThat(catchThrowable(() -> AldeaJson.builder().maxPropertiesPerObject(15)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> AldeaJson.builder().maxUnknownProperties(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    JsonDecodingException none = catchThrowableOfType(JsonDecodingException.class,
        () -> AldeaJson.builder().maxUnknownProperties(0).build().decodeDataset("{\"schemaVersion\":\"1.0\",\"u\":1}"));
    assertAt(none, "/u", 1, 28, "more than 0 unknown properties");
  }

  @Test
  void findsADuplicateAmongManyPropertiesAndAmongNamesSharingAHash() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    String[] colliding = {"AaAa", "AaBB", "BBAa", "BBBB"};
    StringBuilder json = new StringBuilder("{\"schemaVersion\":\"1.0\"");
    for (int i = 0; i < 20; i++) {
      json.append(",\"u").append(i).append("\":0");
    }
    for (String name : colliding) {
      json.append(",\"").append(name).append("\":0");
    }
    String distinct = json + "}";
    assertThat(JSON.decodeDataset(distinct).warnings()).hasSize(24);
    String duplicated = json + ",\"AaBB\":1}";
    assertAt(refused(duplicated.getBytes(StandardCharsets.UTF_8)), "/AaBB", 1, duplicated.lastIndexOf("\"AaBB\"") + 1,
        "duplicate property");
  }

  /** Found by fuzzing: the tolerant reader skipped an unknown value without checking it. */
  @Test
  void refusesDuplicatesAndWideObjectsInsideAnUnknownValueAsEverywhereElse() {
    String child = CHILD.substring(0, CHILD.length() - 1) + ",\"adapted\":[{\"since\":1,\"since\":2}]}";
    assertAt(refused(child, Child.class), "/adapted/0/since", 1, child.lastIndexOf("\"since\"") + 1, "duplicate property");
    StringBuilder wide = new StringBuilder(CHILD.substring(0, CHILD.length() - 1) + ",\"adapted\":{\"x\":{\"u0\":0");
    for (int i = 1; i <= AldeaJson.DEFAULT_MAX_PROPERTIES_PER_OBJECT; i++) {
      wide.append(",\"u").append(i).append("\":0");
    }
    String json = wide.append("}}}").toString();
    assertAt(refused(json, Child.class), "/adapted/x", 1, json.indexOf("\"u1000\"") + 1, "more than 1000 properties");
    String fine = CHILD.substring(0, CHILD.length() - 1) + ",\"adapted\":[{\"since\":1},{\"since\":2,\"a\":[[{}]]}]}";
    assertThat(JSON.decode(fine, Child.class).warnings()).hasSize(1);
  }

  // 6. A mapper never quotes the input ------------------------------------------------------------

  @Test
  void theMapperQuotesNoTokenOfTheInputInsideOrOutsideAldeasTypes() {
    Throwable inChild = catchThrowable(() -> JSON.mapper().readValue("{\"id\":\"c1\",\"x\":SECRETfalse}", Child.class));
    assertThat(inChild).isInstanceOf(JsonDecodingException.class);
    assertAt((JsonDecodingException) inChild, "/x", 1, 16, "malformed JSON");
    Throwable inMap = catchThrowable(() -> JSON.mapper().readValue("{\"a\":[SECRETfalse]}", Map.class));
    assertThat(inMap).isNotNull();
    assertThat(inMap.getMessage()).doesNotContain("SECRET");
    Throwable inOwnMapper = catchThrowable(() -> tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new AldeaJsonModule()).build().readValue("{\"child\":{\"name\":SECRETNAME-123}}", Holder.class));
    // A Jackson exception itself, not wrapped: what a framework turns into "bad request".
    assertThat(inOwnMapper).isInstanceOf(JsonDecodingException.class).isInstanceOf(JacksonException.class);
    assertThat(inOwnMapper.getMessage()).contains("/child/name").doesNotContain("SECRET");
  }

  /** A user's own type holding one of Aldea's. */
  record Holder(Child child) {}
}
