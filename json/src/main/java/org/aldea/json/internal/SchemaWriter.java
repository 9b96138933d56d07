package org.aldea.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aldea.core.description.Constraint;
import org.aldea.core.description.EntityKind;
import org.aldea.core.description.Model;
import org.aldea.core.description.Presence;
import org.aldea.core.description.Property;
import org.aldea.core.description.Protection;
import org.aldea.core.description.Shape;
import org.aldea.core.description.ValueType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the published JSON Schemas (draft 2020-12) from the {@linkplain Model description} of the
 * model: the document, the NDJSON header and one schema per kind of entity, each loading alone.
 * What each value type is on the wire (a partial date's pattern, a count's forms) is kept in {@code
 * values.schema-defs.json} beside this class; which property has which type, is required, or is a
 * list, comes from the description.
 *
 * <p>The build runs {@link #main} after compiling, writing the schemas into the jar's resources.
 */
public final class SchemaWriter {
  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final String BASE_URI = "https://aldea.org/schema/1.0/";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final ObjectNode fragment;
  private final ObjectNode defs = NODES.objectNode();

  private SchemaWriter() {
    try (InputStream in = SchemaWriter.class.getResourceAsStream("values.schema-defs.json")) {
      fragment = (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    defs.setAll((ObjectNode) fragment.get("values"));
    for (EntityKind<?> kind : EntityKind.values()) {
      define(kind.shape());
    }
  }

  /**
   * Writes every schema into a folder.
   *
   * @param args the folder
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    for (Map.Entry<String, String> schema : schemas().entrySet()) {
      Files.writeString(folder.resolve(schema.getKey()), schema.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** {@return every schema's text, by file name: the document's, the NDJSON header's, each kind's} */
  public static Map<String, String> schemas() {
    SchemaWriter writer = new SchemaWriter();
    Map<String, String> schemas = new LinkedHashMap<>();
    schemas.put("document.schema.json", text(writer.document()));
    schemas.put("ndjson-header.schema.json", text(writer.ndjsonHeader()));
    for (EntityKind<?> kind : EntityKind.values()) {
      schemas.put(kind.wireName() + ".schema.json", text(writer.entity(kind)));
    }
    return schemas;
  }

  private static String text(ObjectNode schema) {
    return MAPPER.writeValueAsString(schema) + "\n";
  }

  private ObjectNode document() {
    ObjectNode schema = header("document.schema.json", fragment.get("title").asString());
    schema.put("description", fragment.get("documentDescription").asString());
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("$schema", fragment.get("schemaProperty"));
    properties.set("schemaVersion", fragment.get("schemaVersion"));
    for (EntityKind<?> kind : EntityKind.values()) {
      properties.set(kind.wireName(), nullable(array(ref(kind.shape().name()), false)));
    }
    schema.putArray("required").add("schemaVersion");
    schema.put("additionalProperties", false);
    schema.set("$defs", defs);
    return schema;
  }

  private ObjectNode ndjsonHeader() {
    ObjectNode schema = header("ndjson-header.schema.json", "The header line of an Aldea NDJSON stream");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("schemaVersion", fragment.get("schemaVersion"));
    ObjectNode kind = properties.putObject("kind");
    kind.put("type", "string");
    ArrayNode kinds = kind.putArray("enum");
    EntityKind.values().forEach(each -> kinds.add(each.wireName()));
    schema.putArray("required").add("schemaVersion").add("kind");
    schema.put("additionalProperties", false);
    return schema;
  }

  /** A kind's schema: a reference to its definition, with copies of every definition it reaches. */
  private ObjectNode entity(EntityKind<?> kind) {
    ObjectNode schema = header(kind.wireName() + ".schema.json",
        "One entity of an Aldea NDJSON stream of kind " + kind.wireName());
    schema.put("description",
        "Bundled from document.schema.json: the definitions below are copies of its own, so that this schema loads alone.");
    schema.put("$ref", "#/$defs/" + kind.shape().name());
    ObjectNode bundled = schema.putObject("$defs");
    Deque<String> pending = new ArrayDeque<>(List.of(kind.shape().name()));
    List<String> reached = new ArrayList<>();
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (!reached.contains(name)) {
        reached.add(name);
        references(defs.get(name), pending);
      }
    }
    // In the document's order, so that each bundle reads like an excerpt of it.
    defs.propertyNames().forEach(name -> {
      if (reached.contains(name)) {
        bundled.set(name, defs.get(name));
      }
    });
    return schema;
  }

  private static void references(JsonNode node, Deque<String> pending) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isString()) {
        pending.push(ref.asString().substring("#/$defs/".length()));
      }
    }
    node.values().forEach(child -> references(child, pending));
  }

  private static ObjectNode header(String file, String title) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DRAFT);
    schema.put("$id", BASE_URI + file);
    schema.put("title", title);
    return schema;
  }

  /** Defines a shape, and every shape and union it holds, in the order they are met. */
  private void define(Shape<?> shape) {
    if (defs.has(shape.name())) {
      return;
    }
    Property<?> subject = shape.properties().stream()
        .filter(property -> property.type() instanceof ValueType.Subject).findFirst().orElse(null);
    if (subject == null) {
      defs.set(shape.name(), NODES.objectNode());
      defs.set(shape.name(), object(shape, null, null, null));
      return;
    }
    // One closed object per kind of subject, the other keys null: what oneOf can tell apart.
    ObjectNode union = defs.putObject(shape.name());
    union.put("description", shape.summary());
    ArrayNode oneOf = union.putArray("oneOf");
    for (ValueType.Id<?> kind : ((ValueType.Subject) subject.type()).kinds()) {
      oneOf.add(ref(kind.noun() + capitalised(shape.name())));
    }
    for (ValueType.Id<?> kind : ((ValueType.Subject) subject.type()).kinds()) {
      defs.set(kind.noun() + capitalised(shape.name()),
          object(shape, ((ValueType.Subject) subject.type()), kind, "An " + shape.name() + " about a " + kind.noun() + "."));
    }
  }

  /**
   * The schema of a shape's object.
   *
   * @param subject the subject type of an outcome, or null
   * @param kind the one kind of subject this object has, or null
   * @param description replaces the shape's summary, or null
   */
  private ObjectNode object(Shape<?> shape, ValueType.Subject subject, ValueType.Id<?> kind, String description) {
    ObjectNode schema = NODES.objectNode();
    String summary = description != null ? description : shape.summary();
    List<String> personal = shape.properties().stream()
        .filter(property -> property.protection() == Protection.IDENTIFYING && !(property.type() instanceof ValueType.Id))
        .map(Property::wireName).collect(Collectors.toList());
    if (!personal.isEmpty()) {
      summary = (summary + " " + String.join(" and ", personal) + (personal.size() == 1 ? " is" : " are")
          + " personal data.").trim();
    }
    if (!summary.isEmpty()) {
      schema.put("description", summary);
    }
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    List<String> required = new ArrayList<>();
    List<Constraint> constraints = new ArrayList<>(shape.constraints());
    for (Property<?> property : shape.properties()) {
      if (property.type() == subject) {
        for (ValueType.Id<?> each : subject.kinds()) {
          properties.set(each.noun(), each == kind ? ref("id") : NODES.objectNode().put("type", "null"));
        }
        required.add(kind.noun());
      } else if (property.isInline()) {
        Shape<?> part = ((ValueType.Part<?>) property.type()).shape();
        for (Property<?> inner : part.properties()) {
          property(inner, properties, required);
        }
        constraints.addAll(part.constraints());
      } else {
        property(property, properties, required);
      }
    }
    if (!required.isEmpty()) {
      ArrayNode names = schema.putArray("required");
      required.forEach(names::add);
    }
    schema.put("additionalProperties", false);
    if (constraints.size() == 1) {
      schema.set("not", constraint(constraints.get(0)));
    } else if (!constraints.isEmpty()) {
      ArrayNode anyOf = schema.putObject("not").putArray("anyOf");
      constraints.forEach(each -> anyOf.add(constraint(each)));
    }
    return schema;
  }

  private void property(Property<?> property, ObjectNode properties, List<String> required) {
    JsonNode value = value(property);
    properties.set(property.wireName(), switch (property.presence()) {
      case REQUIRED -> value;
      case OPTIONAL -> nullable(value);
      case LIST -> nullable(array(value, false));
      case SET -> nullable(array(value, true));
    });
    if (property.presence() == Presence.REQUIRED) {
      required.add(property.wireName());
    }
  }

  private static ObjectNode constraint(Constraint constraint) {
    ObjectNode schema = NODES.objectNode();
    if (constraint instanceof Constraint.AtLeastOne) {
      List<String> names = ((Constraint.AtLeastOne) constraint).wireNames();
      schema.put("description", "at least one of " + String.join(" and ", names));
      ObjectNode properties = schema.putObject("properties");
      names.forEach(name -> properties.putObject(name).put("type", "null"));
    } else if (constraint instanceof Constraint.ExactCountWithin) {
      Constraint.ExactCountWithin exact = (Constraint.ExactCountWithin) constraint;
      schema.put("description", exact.total() + " needs an exact " + exact.count() + " (not above "
          + exact.total() + ": checked by decoders)");
      schema.putArray("required").add(exact.total());
      ObjectNode properties = schema.putObject("properties");
      properties.putObject(exact.total()).put("type", "integer");
      properties.putObject(exact.count()).putObject("not").put("type", "integer");
    } else {
      throw new IllegalStateException("no schema for the constraint " + constraint);
    }
    return schema;
  }

  /** The schema of one value of a property, defining the shapes and unions it refers to. */
  private JsonNode value(Property<?> property) {
    return property.type().accept(new ValueType.Visitor<JsonNode>() {
      @Override
      public JsonNode id(ValueType.Id<?> type) {
        return ref("id");
      }

      @Override
      public JsonNode text(ValueType.Text type) {
        return ref(type.name());
      }

      @Override
      public JsonNode scalar(ValueType.Scalar<?> type) {
        return switch (type.kind()) {
          case CODE -> ref("code");
          case COUNTRY -> ref("country");
          case DATE -> ref("partialDate");
          case COUNT -> ref("count");
          case PERCENT -> ref("percent");
          case FLAG -> NODES.objectNode().put("type", "boolean");
          case COORDINATES -> ref("coordinates");
          case AGE_RANGE -> ref("ageRange");
        };
      }

      @Override
      public JsonNode whole(ValueType.Whole<?> type) {
        return NODES.objectNode().put("type", "integer").put("minimum", type.min()).put("maximum", type.max());
      }

      @Override
      public JsonNode choice(ValueType.Choice<?> type) {
        ObjectNode schema = NODES.objectNode().put("type", "string");
        ArrayNode codes = schema.putArray("enum");
        for (Enum<?> constant : type.type().getEnumConstants()) {
          codes.add(Codes.code(constant));
        }
        return schema;
      }

      @Override
      public JsonNode tally(ValueType.Tally<?> type) {
        ObjectNode schema = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        for (Enum<?> key : type.keys().getEnumConstants()) {
          properties.putObject(Codes.code(key)).put("type", "integer").put("minimum", type.min())
              .put("maximum", type.max());
        }
        return schema;
      }

      @Override
      public JsonNode part(ValueType.Part<?> type) {
        define(type.shape());
        return ref(type.shape().name());
      }

      @Override
      public JsonNode union(ValueType.Union<?> type) {
        if (!defs.has(type.name())) {
          ObjectNode union = defs.putObject(type.name());
          union.put("description", type.summary());
          ArrayNode oneOf = union.putArray("oneOf");
          type.variants().forEach(variant -> oneOf.add(ref(variant.shape().name())));
          type.variants().forEach(variant -> defs.set(variant.shape().name(), variantSchema(type, variant)));
        }
        return ref(type.name());
      }

      @Override
      public JsonNode subject(ValueType.Subject type) {
        throw new IllegalStateException("a subject is written under its kinds' keys");
      }
    });
  }

  private ObjectNode variantSchema(ValueType.Union<?> union, ValueType.Variant<?> variant) {
    ObjectNode schema = object(variant.shape(), null, null, null);
    ObjectNode properties = NODES.objectNode();
    properties.putObject(union.discriminator()).put("const", variant.tag());
    properties.setAll((ObjectNode) schema.get("properties"));
    schema.set("properties", properties);
    ArrayNode required = NODES.arrayNode().add(union.discriminator());
    if (schema.has("required")) {
      required.addAll((ArrayNode) schema.get("required"));
    }
    schema.set("required", required);
    return schema;
  }

  private static ObjectNode ref(String definition) {
    return NODES.objectNode().put("$ref", "#/$defs/" + definition);
  }

  private static ObjectNode nullable(JsonNode value) {
    ObjectNode schema = NODES.objectNode();
    schema.putArray("anyOf").add(value).add(NODES.objectNode().put("type", "null"));
    return schema;
  }

  private static ObjectNode array(JsonNode items, boolean unique) {
    ObjectNode schema = NODES.objectNode().put("type", "array");
    schema.set("items", items);
    if (unique) {
      schema.put("uniqueItems", true);
    }
    return schema;
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
