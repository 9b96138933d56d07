/**
 * The JSON exchange format: {@link org.aldea.json.AldeaJson} reads and writes whole documents,
 * single entities and NDJSON streams; {@link org.aldea.json.AldeaJsonModule} lets any Jackson 3
 * mapper do the same; {@link org.aldea.json.JsonSchemas} gives the published schemas. Every
 * malformed input ends in a {@link org.aldea.json.JsonDecodingException} carrying the JSON pointer,
 * line and column of the offending value.
 */
package org.aldea.json;
