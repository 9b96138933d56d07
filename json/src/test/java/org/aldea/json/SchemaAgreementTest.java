package org.aldea.json;

import static org.aldea.json.PublishedSchemas.TREES;
import static org.aldea.json.PublishedSchemas.errors;
import static org.aldea.json.PublishedSchemas.schema;
import static org.aldea.json.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.Location;
import org.aldea.testkit.AldeaGenerators;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The published schemas and the codec agree: on generated data and the Peru fixtures; the schemas load alone. */
class SchemaAgreementTest {
  private static final Schema DOCUMENT = schema("document.schema.json");
  private static final Schema HEADER = schema("ndjson-header.schema.json");
  private static final AldeaJson JSON = AldeaJson.create();

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

  @Test
  void eachEntitySchemaLoadsAloneAndJudgesAsWithTheDocumentSchema() {
    JsonNode document = TREES.readTree(JSON.encode(PeruFixtures.dataset()));
    for (EntityKind<?> kind : EntityKind.values()) {
      String name = kind.wireName() + ".schema.json";
      Schema alone = PublishedSchemas.registry(iri -> iri.equals(JsonSchemas.BASE_URI + name) ? JsonSchemas.entity(kind) : null)
          .getSchema(SchemaLocation.of(JsonSchemas.BASE_URI + name));
      for (JsonNode entity : document.get(kind.wireName())) {
        assertThat(errors(alone, entity)).as("%s alone", name).isEmpty();
      }
      assertThat(errors(alone, "{}")).as("%s alone refuses an empty object", name).isNotEmpty();
    }
  }

  /** The schema's country list and the decoder's are the same: every two capital letters judged alike. */
  @Test
  void theSchemaAndTheDecoderAcceptTheSameCountries() {
    Schema country = PublishedSchemas.registry(PublishedSchemas::text)
        .getSchema(SchemaLocation.of(JsonSchemas.BASE_URI + "document.schema.json#/$defs/country"));
    int accepted = 0;
    for (char first = 'A'; first <= 'Z'; first++) {
      for (char second = 'A'; second <= 'Z'; second++) {
        String code = "" + first + second;
        boolean bySchema = errors(country, "\"" + code + "\"").isEmpty();
        boolean byDecoder;
        try {
          JSON.decode("{\"id\":\"l1\",\"name\":\"L\",\"country\":\"" + code + "\",\"region\":\"R\"}",
              Location.class);
          byDecoder = true;
        } catch (JsonDecodingException refused) {
          byDecoder = false;
        }
        assertThat(bySchema).as(code).isEqualTo(byDecoder);
        accepted += byDecoder ? 1 : 0;
      }
    }
    assertThat(accepted).isEqualTo(250);
  }

  /**
   * An entity schema is the document schema's definition of the entity with copies of every
   * definition it reaches: a change to the document schema that is not copied fails here.
   */
  @Test
  void eachEntitySchemaBundlesExactlyTheDocumentsDefinitionsItNeeds() {
    JsonNode definitions = TREES.readTree(JsonSchemas.document()).get("$defs");
    for (EntityKind<?> kind : EntityKind.values()) {
      JsonNode entity = TREES.readTree(JsonSchemas.entity(kind));
      String root = entity.get("$ref").asString().substring("#/$defs/".length());
      ObjectNode expected = TREES.createObjectNode();
      for (String name : reachable(definitions, root)) {
        expected.set(name, definitions.get(name));
      }
      assertThat(entity.get("$defs")).as("%s: copy the definitions from document.schema.json", kind).isEqualTo(expected);
    }
  }

  private static Set<String> reachable(JsonNode definitions, String root) {
    Set<String> names = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (names.add(name)) {
        definitions.get(name).findValues("$ref").forEach(ref -> pending.push(ref.asString().substring("#/$defs/".length())));
      }
    }
    return names;
  }
}
