package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.json.NdjsonReader;
import org.aldea.testkit.ConformanceCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every document and folder of the conformance corpus that decodes gives exactly the issues its
 * manifest lists; a folder is validated as the one dataset its streams make.
 */
class ConformanceCorpusTest {
  private static final AldeaJson JSON = AldeaJson.create();

  @TestFactory
  Stream<DynamicTest> everyDecodableDocumentGivesTheIssuesOfTheManifest() {
    JsonNode manifest = JsonMapper.builder().build().readTree(ConformanceCorpus.manifest());
    AldeaValidator validator = AldeaValidator.create(ValidationPolicy.asOf(LocalDate.parse(manifest.get("asOf").asString())));
    return manifest.get("cases").valueStream().filter(entry -> entry.has("issues"))
        .map(entry -> DynamicTest.dynamicTest(entry.has("folder") ? entry.get("folder").asString() : entry.get("file").asString(), () -> {
          Dataset dataset = entry.has("folder") ? folder(entry)
              : JSON.decodeDataset(new ByteArrayInputStream(ConformanceCorpus.read(entry.get("file").asString()))).value();
          ValidationReport report = validator.validate(dataset);
          List<String> expected = entry.get("issues").valueStream()
              .map(issue -> issue.get("code").asString() + " " + issue.get("severity").asString() + " "
                  + issue.get("pointer").asString())
              .toList();
          assertThat(report.issues()).extracting(issue -> issue.code() + " " + issue.severity().code() + " " + issue.pointer())
              .isEqualTo(expected);
        }));
  }

  /** Reads a folder's streams and joins them into the document they stand for, kinds in document order. */
  private static Dataset folder(JsonNode entry) {
    StringBuilder document = new StringBuilder("{\"schemaVersion\":\"1.0\"");
    for (JsonNode file : entry.get("files")) {
      byte[] bytes = ConformanceCorpus.read(entry.get("folder").asString() + file.asString());
      try (NdjsonReader<?> reader = JSON.readNdjson(new ByteArrayInputStream(bytes), EntityKind.byWireName(
          file.asString().replace(".ndjson", "")).orElseThrow())) {
        document.append(",\"").append(reader.kind().wireName()).append("\":[")
            .append(reader.stream().map(JSON::encode).collect(Collectors.joining(","))).append(']');
      }
    }
    return JSON.decodeDataset(document.append('}').toString()).value();
  }
}
