package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.LocalDate;
import java.util.List;
import org.aldea.core.model.Dataset;
import org.aldea.core.rules.Severity;
import org.aldea.json.AldeaJson;
import org.aldea.json.Decoded;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReportJsonTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final Schema REPORT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(iri -> iri.endsWith("/report.schema.json") ? PublishedSchemaTexts.report() : null))
      .getSchema(SchemaLocation.of("https://aldea.org/schema/1.0/report.schema.json"));

  @Test
  void aValidReportHasNoIssues() {
    assertThat(Base.validate(Base.DATASET).toJson()).isEqualTo(
        "{\"valid\":true,\"errorCount\":0,\"warningCount\":0,\"omittedCount\":0,\"decodeWarnings\":[],\"issues\":[]}");
  }

  @Test
  void anIssueHasSeverityCodePointerEntityAndMessage() {
    Dataset duplicated = Dataset.builder().from(Base.DATASET).families(List.of(Base.FAMILY_1, Base.family("fam-1", 3))).build();
    assertThat(Base.validate(duplicated).toJson()).isEqualTo("{\"valid\":false,\"errorCount\":1,\"warningCount\":0,\"omittedCount\":0,"
        + "\"decodeWarnings\":[],"
        + "\"issues\":[{\"severity\":\"error\",\"code\":\"id.duplicate\",\"pointer\":\"/families/1/id\",\"entity\":\"fam-1\","
        + "\"message\":\"The id fam-1 is already used by another entity of the document.\"}]}");
  }

  @Test
  void aReportOfDecodedDataCarriesItsDecodeWarningsAndCountsThem() {
    Decoded<Dataset> decoded = AldeaJson.create().decodeDataset("{\"schemaVersion\":\"1.2\",\n\"funding\":{}}");
    ValidationReport report = AldeaValidator.create(ValidationPolicy.asOf(LocalDate.of(2018, 6, 19))).validate(decoded);
    assertThat(report.isValid()).isTrue();
    assertThat(report.warningCount()).isEqualTo(1);
    assertThat(report.toString()).isEqualTo("valid: 0 errors, 1 warning");
    assertThat(report.toJson()).isEqualTo("{\"valid\":true,\"errorCount\":0,\"warningCount\":1,\"omittedCount\":0,"
        + "\"decodeWarnings\":[{\"code\":\"json.unknown_property\",\"pointer\":\"/funding\",\"line\":2,\"column\":11,"
        + "\"message\":\"" + decoded.warnings().get(0).message() + "\"}],\"issues\":[]}");
    assertThat(REPORT.validate(TREES.readTree(report.toJson()))).isEmpty();
  }

  @Test
  void decodeWarningsTooManyToKeepAreCountedAsWarningsAndAsOmitted() {
    Decoded<Dataset> decoded = AldeaJson.create().decodeDataset("{\"schemaVersion\":\"1.2\",\"funding\":{}}");
    ValidationReport report = Base.validate(Base.DATASET).withDecodeWarnings(decoded.warnings(), 41);
    assertThat(report.decodeWarnings()).hasSize(1);
    assertThat(report.warningCount()).isEqualTo(42);
    assertThat(report.omittedCount()).isEqualTo(41);
    assertThat(REPORT.validate(TREES.readTree(report.toJson()))).isEmpty();
  }

  @Test
  void theJsonFormOfEveryReportFollowsItsPublishedSchema() {
    AldeaValidator validator = AldeaValidator.create(ValidationPolicy.asOf(LocalDate.of(2010, 1, 1)));
    String peru = validator.validate(PeruFixtures.dataset()).toJson();
    assertThat(TREES.readTree(peru).get("issues")).as("Peru in 2010 has dates in the future").isNotEmpty();
    assertThat(REPORT.validate(TREES.readTree(peru))).isEmpty();
    assertThat(REPORT.validate(TREES.readTree(peru.replace("\"pointer\"", "\"path\"")))).isNotEmpty();
  }
}
