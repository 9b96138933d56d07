package org.aldea.validation.internal;

import java.io.OutputStream;
import org.aldea.json.DecodeWarning;
import org.aldea.validation.Issue;
import org.aldea.validation.ValidationReport;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** Writes the documented JSON form of a validation report. */
public final class ReportJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private ReportJson() {}

  /** Writes the report, compact, in UTF-8, and flushes the stream. */
  public static void write(ValidationReport report, OutputStream out) {
    try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeBooleanProperty("valid", report.isValid());
      json.writeNumberProperty("errorCount", report.errorCount());
      json.writeNumberProperty("warningCount", report.warningCount());
      json.writeNumberProperty("omittedCount", report.omittedCount());
      json.writeName("decodeWarnings");
      json.writeStartArray();
      for (DecodeWarning warning : report.decodeWarnings()) {
        json.writeStartObject();
        json.writeStringProperty("code", warning.code());
        json.writeStringProperty("pointer", warning.pointer());
        json.writeNumberProperty("line", warning.line());
        json.writeNumberProperty("column", warning.column());
        json.writeStringProperty("message", warning.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeName("issues");
      json.writeStartArray();
      for (Issue issue : report.issues()) {
        json.writeStartObject();
        json.writeStringProperty("severity", issue.severity().code());
        json.writeStringProperty("code", issue.code());
        json.writeStringProperty("pointer", issue.pointer());
        json.writeStringProperty("entity", issue.entity());
        json.writeStringProperty("message", issue.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}
