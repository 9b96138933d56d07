package org.aldea.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.function.Function;
import org.aldea.core.description.EntityKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schemas, loaded as an integrator would, for the tests that hold them to the codec. */
final class PublishedSchemas {
  static final JsonMapper TREES = JsonMapper.builder().build();
  private static final SchemaRegistry ALL = registry(PublishedSchemas::text);

  private PublishedSchemas() {}

  /** Returns the text of a published schema by its {@code $id}, or null for another address. */
  static String text(String iri) {
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

  static SchemaRegistry registry(Function<String, String> texts) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(texts));
  }

  /** Returns a schema by its file name, with every published schema registered. */
  static Schema schema(String name) {
    return ALL.getSchema(SchemaLocation.of(JsonSchemas.BASE_URI + name));
  }

  static List<Error> errors(Schema schema, String json) {
    return schema.validate(TREES.readTree(json));
  }

  static List<Error> errors(Schema schema, JsonNode json) {
    return schema.validate(json);
  }
}
