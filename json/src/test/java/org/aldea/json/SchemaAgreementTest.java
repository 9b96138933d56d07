package org.aldea.json;

import static org.aldea.json.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.aldea.core.model.Dataset;
import org.aldea.testkit.AldeaGenerators;
import org.aldea.testkit.ConformanceCorpus;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schemas and the codec agree: on generated data, the Peru fixtures and the corpus. */
class SchemaAgreementTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(SchemaAgreementTest::schemaText));
  private static final Schema DOCUMENT = schema("document.schema.json");
  private static final Schema HEADER = schema("ndjson-header.schema.json");
  private static final AldeaJson JSON = AldeaJson.create();

  private static String schemaText(String iri) {
    if (!iri.startsWith(JsonSchemas.BASE_URI)) {
      return null;
    }
    String name = iri.substring(JsonSchemas.BASE_URI.length());
    if (name.equals("document.schema.json")) {
      return JsonSchemas.document();
    }
    if (name.equals("ndjson-header.schema.json")) {
      return JsonSchemas.ndjsonHeader();
    }
    return EntityKind.values().stream().filter(kind -> name.equals(kind.wireName() + ".schema.json")).findFirst()
        .map(JsonSchemas::entity).orElse(null);
  }

  private static Schema schema(String name) {
    return SCHEMAS.getSchema(SchemaLocation.of(JsonSchemas.BASE_URI + name));
  }

  private static List<Error> errors(Schema schema, String json) {
    return schema.validate(TREES.readTree(json));
  }

  @Test
  void everySchemaHasItsDeclaredId() {
    assertThat(TREES.readTree(JsonSchemas.document()).get("$id").asString()).isEqualTo(JsonSchemas.BASE_URI + "document.schema.json");
    for (EntityKind<?> kind : EntityKind.values()) {
      JsonNode entity = TREES.readTree(JsonSchemas.entity(kind));
      assertThat(entity.get("$id").asString()).isEqualTo(JsonSchemas.BASE_URI + kind.wireName() + ".schema.json");
    }
  }

  @Test
  void everyGeneratedValidDatasetPassesTheDocumentSchema() {
    theory(1_000).forAll(AldeaGenerators.datasets()).checkAssert(dataset ->
        assertThat(errors(DOCUMENT, JSON.encode(dataset))).isEmpty());
  }

  @Test
  void thePeruDocumentPassesTheDocumentSchema() {
    assertThat(errors(DOCUMENT, new String(PeruFixtures.json(), StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void everyNdjsonLinePassesItsSchema() {
    Dataset peru = PeruFixtures.dataset();
    assertLinesPass(EntityKind.LOCATIONS, peru.locations());
    assertLinesPass(EntityKind.SOCIAL_CENTRES, peru.socialCentres());
    assertLinesPass(EntityKind.PROGRAMMES, peru.programmes());
    assertLinesPass(EntityKind.VILLAGES, peru.villages());
    assertLinesPass(EntityKind.FAMILIES, peru.families());
    assertLinesPass(EntityKind.CHILDREN, peru.children());
    assertLinesPass(EntityKind.OUTCOMES, peru.outcomes());
  }

  private static <T> void assertLinesPass(EntityKind<T> kind, List<T> entities) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter<T> writer = JSON.writeNdjson(out, kind)) {
      entities.forEach(writer::write);
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(errors(HEADER, lines[0])).isEmpty();
    Schema entity = schema(kind.wireName() + ".schema.json");
    for (int i = 1; i < lines.length; i++) {
      assertThat(errors(entity, lines[i])).as("%s line %d", kind, i + 1).isEmpty();
    }
  }

  @Test
  void theSchemaRejectsAnEntityOfTheWrongKind() {
    String family = JSON.encode(PeruFixtures.dataset().families().get(0));
    assertThat(errors(schema("children.schema.json"), family)).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> theConformanceCorpus() {
    JsonNode manifest = TREES.readTree(ConformanceCorpus.manifest());
    return manifest.get("cases").valueStream().map(entry -> DynamicTest.dynamicTest(entry.get("file").asString(), () -> {
      byte[] bytes = ConformanceCorpus.read(entry.get("file").asString());
      String text = new String(bytes, StandardCharsets.UTF_8);
      String schemaVerdict = entry.get("schema").asString();
      List<Error> schemaErrors = errors(DOCUMENT, text);
      if (schemaVerdict.equals("rejects")) {
        assertThat(schemaErrors).as("the schema rejects it").isNotEmpty();
      } else {
        assertThat(schemaErrors).as("the schema accepts it (%s)", schemaVerdict).isEmpty();
      }
      if (entry.get("decodes").asBoolean()) {
        Decoded<Dataset> decoded = JSON.decodeDataset(new ByteArrayInputStream(bytes));
        List<String> expected = entry.has("warnings")
            ? entry.get("warnings").valueStream().map(w -> w.get("pointer").asString()).toList() : List.of();
        assertThat(decoded.warnings()).extracting(DecodeWarning::pointer).isEqualTo(expected);
      } else {
        JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class,
            () -> JSON.decodeDataset(new ByteArrayInputStream(bytes)));
        assertThat(refused).as("the decoder refuses it").isNotNull();
        assertThat(refused.pointer()).isEqualTo(entry.get("pointer").asString());
      }
    }));
  }
}
