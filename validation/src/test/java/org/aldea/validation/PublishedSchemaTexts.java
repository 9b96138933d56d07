package org.aldea.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aldea.core.description.EntityKind;
import org.aldea.json.JsonSchemas;
import org.aldea.testkit.ConformanceCorpus;

/** The text of every schema Aldea publishes, by file name: the format's, the report's and the corpus manifest's. */
final class PublishedSchemaTexts {
  private PublishedSchemaTexts() {}

  static String report() {
    try (InputStream in = ValidationReport.class.getResourceAsStream("/META-INF/aldea/schema/1.0/report.schema.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> all() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("document.schema.json", JsonSchemas.document());
    all.put("ndjson-header.schema.json", JsonSchemas.ndjsonHeader());
    for (EntityKind<?> kind : EntityKind.values()) {
      all.put(kind.wireName() + ".schema.json", JsonSchemas.entity(kind));
    }
    all.put("report.schema.json", report());
    all.put("manifest.schema.json", new String(ConformanceCorpus.read("manifest.schema.json"), StandardCharsets.UTF_8));
    return all;
  }
}
