package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.aldea.json.AldeaJson;
import org.aldea.testkit.ConformanceCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every document of the conformance corpus that decodes gives exactly the issues its manifest lists. */
class ConformanceCorpusTest {
  @TestFactory
  Stream<DynamicTest> everyDecodableDocumentGivesTheIssuesOfTheManifest() {
    JsonNode manifest = JsonMapper.builder().build().readTree(ConformanceCorpus.manifest());
    AldeaValidator validator = AldeaValidator.create(ValidationPolicy.asOf(LocalDate.parse(manifest.get("asOf").asString())));
    AldeaJson json = AldeaJson.create();
    return manifest.get("cases").valueStream().filter(entry -> entry.get("decodes").asBoolean())
        .map(entry -> DynamicTest.dynamicTest(entry.get("file").asString(), () -> {
          byte[] document = ConformanceCorpus.read(entry.get("file").asString());
          ValidationReport report = validator.validate(json.decodeDataset(new ByteArrayInputStream(document)).value());
          List<String> expected = entry.get("issues").valueStream()
              .map(issue -> issue.get("code").asString() + " " + issue.get("severity").asString() + " "
                  + issue.get("pointer").asString())
              .toList();
          assertThat(report.issues()).extracting(issue -> issue.code() + " " + issue.severity().code() + " " + issue.pointer())
              .isEqualTo(expected);
        }));
  }
}
