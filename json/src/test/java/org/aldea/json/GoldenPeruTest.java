package org.aldea.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.aldea.core.model.Dataset;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;

/** The Peru document shipped by the testkit, in both directions. */
class GoldenPeruTest {
  private final AldeaJson pretty = AldeaJson.builder().pretty(true).build();

  @Test
  void encodingThePeruFixturesGivesTheGoldenDocument() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pretty.encode(PeruFixtures.dataset(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(PeruFixtures.json(), StandardCharsets.UTF_8));
  }

  @Test
  void decodingTheGoldenDocumentGivesThePeruFixtures() {
    Decoded<Dataset> decoded = pretty.decodeDataset(new ByteArrayInputStream(PeruFixtures.json()));
    assertThat(decoded.warnings()).isEmpty();
    assertThat(decoded.value()).isEqualTo(PeruFixtures.dataset());
  }

  @Test
  void theGoldenDocumentHasTheDocumentedLayout() {
    String golden = new String(PeruFixtures.json(), StandardCharsets.UTF_8);
    assertThat(golden).startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"locations\": [\n    {\n      \"id\": \"pe-juliaca\",\n");
    assertThat(golden).contains("\"dailyReach\": {\n        \"about\": 520\n      }");
    assertThat(golden).contains("\"care\": {\n        \"type\": \"sos_family\",\n        \"family\": \"jul-f01\",");
    assertThat(golden).endsWith("}\n");
  }
}
