/**
 * The JSON exchange format of Aldea on Jackson 3: a Jackson module for every core type, a
 * ready-made {@link org.aldea.json.AldeaJson} facade with safe limits, NDJSON streaming, and the
 * JSON Schema (draft 2020-12) of the document and of each NDJSON entity.
 */
module org.aldea.json {
  requires transitive org.aldea.core;
  requires transitive tools.jackson.databind;

  exports org.aldea.json;

  provides tools.jackson.databind.JacksonModule with org.aldea.json.AldeaJsonModule;
}
