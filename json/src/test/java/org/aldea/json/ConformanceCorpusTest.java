package org.aldea.json;

import static org.aldea.json.PublishedSchemas.TREES;
import static org.aldea.json.PublishedSchemas.errors;
import static org.aldea.json.PublishedSchemas.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.aldea.testkit.ConformanceCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Every case of the conformance corpus: the decoder (strict, and tolerant for streams) and the
 * published schemas do what its manifest says. Ajv and Python's jsonschema run the same manifest
 * from {@code .ci/conformance}.
 */
class ConformanceCorpusTest {
  private static final AldeaJson JSON = AldeaJson.create();

  @TestFactory
  Stream<DynamicTest> everyCaseOfTheManifest() {
    JsonNode manifest = TREES.readTree(ConformanceCorpus.manifest());
    return manifest.get("cases").valueStream().map(entry -> entry.has("folder")
        ? DynamicTest.dynamicTest(entry.get("folder").asString(), () -> folder(entry))
        : DynamicTest.dynamicTest(entry.get("file").asString(), () -> file(entry)));
  }

  private static void file(JsonNode entry) {
    String file = entry.get("file").asString();
    byte[] bytes = ConformanceCorpus.read(file);
    if (entry.has("kind")) {
      EntityKind<?> kind = EntityKind.byWireName(entry.get("kind").asString()).orElseThrow();
      if (!entry.get("schema").asString().equals("not-json")) {
        assertSchemaVerdict(entry, streamAccepted(bytes, kind));
      }
      stream(entry, bytes, kind);
      return;
    }
    if (!entry.get("schema").asString().equals("not-json")) {
      assertSchemaVerdict(entry, errors(schema("document.schema.json"), new String(bytes, StandardCharsets.UTF_8)).isEmpty());
    }
    if (entry.get("decodes").asBoolean()) {
      Decoded<Dataset> decoded = JSON.decodeDataset(new ByteArrayInputStream(bytes));
      assertThat(warnings(decoded.warnings())).isEqualTo(expectedWarnings(entry));
    } else {
      JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class,
          () -> JSON.decodeDataset(new ByteArrayInputStream(bytes)));
      assertRefusedWhereTheManifestSays(entry, refused);
    }
  }

  private static void stream(JsonNode entry, byte[] bytes, EntityKind<?> kind) {
    List<DecodeWarning> warnings = new ArrayList<>();
    NdjsonListener strict = new NdjsonListener() {
      @Override
      public void onWarning(DecodeWarning warning) {
        warnings.add(warning);
      }
    };
    if (entry.get("decodes").asBoolean()) {
      try (NdjsonReader<?> reader = JSON.readNdjson(new ByteArrayInputStream(bytes), kind, strict)) {
        assertThat(reader.stream().count()).isEqualTo(entry.get("entities").asLong());
      }
      assertThat(warnings(warnings)).isEqualTo(expectedWarnings(entry));
      for (int i = 0; i < warnings.size(); i++) {
        JsonNode expected = entry.get("decodeWarnings").get(i);
        if (expected.has("line")) {
          assertThat(warnings.get(i).line()).as("line of warning %d", i).isEqualTo(expected.get("line").asLong());
        }
      }
    } else {
      JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class, () -> {
        try (NdjsonReader<?> reader = JSON.readNdjson(new ByteArrayInputStream(bytes), kind, strict)) {
          reader.stream().count();
        }
      });
      assertRefusedWhereTheManifestSays(entry, refused);
    }
    if (entry.has("skippedLines")) {
      List<String> skipped = new ArrayList<>();
      NdjsonListener tolerant = new NdjsonListener() {
        @Override
        public void onBadLine(JsonDecodingException error) {
          skipped.add(error.line() + " " + error.pointer());
        }
      };
      try (NdjsonReader<?> reader = JSON.readNdjson(new ByteArrayInputStream(bytes), kind, tolerant)) {
        assertThat(reader.stream().count()).as("entities read").isEqualTo(entry.get("entities").asLong());
      }
      assertThat(skipped).isEqualTo(entry.get("skippedLines").valueStream()
          .map(line -> line.get("line").asLong() + " " + line.get("pointer").asString()).toList());
    }
  }

  private static void folder(JsonNode entry) {
    boolean accepted = true;
    for (JsonNode name : entry.get("files")) {
      byte[] bytes = ConformanceCorpus.read(entry.get("folder").asString() + name.asString());
      EntityKind<?> kind = EntityKind.byWireName(name.asString().replace(".ndjson", "")).orElseThrow();
      accepted &= streamAccepted(bytes, kind);
      try (NdjsonReader<?> reader = JSON.readNdjson(new ByteArrayInputStream(bytes), kind)) {
        assertThat(reader.stream().count()).isPositive();
      }
    }
    assertThat(entry.get("decodes").asBoolean()).isTrue();
    assertSchemaVerdict(entry, accepted);
  }

  /** Whether the header schema accepts a stream's first line that is not blank, and its kind's schema every other. */
  private static boolean streamAccepted(byte[] bytes, EntityKind<?> kind) {
    boolean header = true;
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode tree;
      try {
        tree = TREES.readTree(line);
      } catch (JacksonException notJson) {
        return false;
      }
      if (!errors(schema(header ? "ndjson-header.schema.json" : kind.wireName() + ".schema.json"), tree).isEmpty()) {
        return false;
      }
      header = false;
    }
    return true;
  }

  private static void assertSchemaVerdict(JsonNode entry, boolean accepted) {
    String verdict = entry.get("schema").asString();
    assertThat(accepted).as("the schemas %s it", verdict).isEqualTo(!verdict.equals("rejects"));
  }

  private static void assertRefusedWhereTheManifestSays(JsonNode entry, JsonDecodingException refused) {
    assertThat(refused).as("the decoder refuses it").isNotNull();
    assertThat(refused.pointer()).as("pointer").isEqualTo(entry.get("pointer").asString());
    if (entry.has("line")) {
      assertThat(refused.line()).as("line").isEqualTo(entry.get("line").asLong());
    }
    if (entry.has("column")) {
      assertThat(refused.column()).as("column").isEqualTo(entry.get("column").asLong());
    }
  }

  private static List<String> warnings(List<DecodeWarning> warnings) {
    return warnings.stream().map(w -> w.code() + " " + w.pointer()).toList();
  }

  private static List<String> expectedWarnings(JsonNode entry) {
    return entry.has("decodeWarnings")
        ? entry.get("decodeWarnings").valueStream().map(w -> w.get("code").asString() + " " + w.get("pointer").asString()).toList()
        : List.of();
  }
}
