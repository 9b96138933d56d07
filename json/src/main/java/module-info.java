/** The JSON exchange format: Jackson 3 codecs, JSON Schema and NDJSON streaming. Not yet implemented: this module only builds for now. */
module org.aldea.json {
  requires transitive org.aldea.core;
}
