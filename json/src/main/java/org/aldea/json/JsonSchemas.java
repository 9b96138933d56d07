package org.aldea.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.aldea.core.description.EntityKind;

/**
 * The published JSON Schemas (draft 2020-12) of the exchange format, version 1.0: the document,
 * the header line of an NDJSON stream, and each kind of entity (one NDJSON line).
 *
 * <p>They are resources of the json jar under {@value #RESOURCE_FOLDER} ({@code document.schema.json},
 * {@code ndjson-header.schema.json}, {@code children.schema.json} and so on, one per
 * {@linkplain EntityKind#wireName() kind}), with {@code $id}s under {@value #BASE_URI}. Each loads
 * alone: an entity schema carries copies of the document schema's definitions it needs. They keep
 * to a portable subset of JSON Schema, so that validators in every language give the same verdicts:
 * no fractional {@code multipleOf}, and patterns of ASCII classes and escaped code points that a
 * trailing line break cannot pass.
 *
 * <p>The schemas are stricter than the decoder in one respect: they allow no unknown property,
 * where the decoder ignores (and reports) properties of a later minor version. Some tier-1 rules
 * compare two values, need a calendar or cannot be said portably; only the decoder checks them: an
 * age range's {@code min} below its {@code under}, a share's {@code count} not above its
 * {@code outOf}, a day that exists in its month, a percent's value with at most two decimals, and a
 * child not listed among its own siblings. The format's specification ({@code docs/format/}) is
 * the contract; the schemas describe it.
 */
public final class JsonSchemas {
  /** The base of the schemas' {@code $id}s. */
  public static final String BASE_URI = "https://aldea.org/schema/1.0/";

  /** The folder of the schema resources in the jar. */
  public static final String RESOURCE_FOLDER = "META-INF/aldea/schema/1.0/";

  private JsonSchemas() {}

  /** {@return the schema of a whole document} */
  public static String document() {
    return load("document.schema.json");
  }

  /** {@return the schema of an NDJSON header line} */
  public static String ndjsonHeader() {
    return load("ndjson-header.schema.json");
  }

  /**
   * Returns the schema of one entity of a kind, which is one NDJSON line.
   *
   * @param kind the kind
   * @return the schema text
   */
  public static String entity(EntityKind<?> kind) {
    return load(kind.wireName() + ".schema.json");
  }

  private static String load(String name) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream("/" + RESOURCE_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the json jar lacks its schema resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
