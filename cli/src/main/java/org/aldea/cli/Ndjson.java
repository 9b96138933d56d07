package org.aldea.cli;

import java.io.InputStream;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.json.NdjsonListener;
import org.aldea.json.NdjsonReader;

/** Helpers for NDJSON inputs whose kind is only known from their header. */
final class Ndjson {
  private Ndjson() {}

  /** Reads every entity of an NDJSON stream of a kind into a dataset builder. */
  static void readInto(AldeaJson json, InputStream in, EntityKind<?> kind, NdjsonListener listener,
      Dataset.Builder dataset) {
    try (NdjsonReader<?> reader = json.readNdjson(in, kind, listener)) {
      readInto(reader, dataset);
    }
  }

  /** Reads the remaining entities of a reader into a dataset builder. */
  static <T> void readInto(NdjsonReader<T> reader, Dataset.Builder dataset) {
    EntityKind<T> kind = reader.kind();
    reader.forEachRemaining(entity -> kind.addTo(dataset, entity));
  }
}
