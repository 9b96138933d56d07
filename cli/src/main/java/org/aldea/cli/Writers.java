package org.aldea.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.json.NdjsonWriter;

/** Writes a dataset as a pretty document or as a folder of per-kind NDJSON files. */
final class Writers {
  private static final AldeaJson PRETTY = AldeaJson.builder().pretty(true).build();
  private static final AldeaJson COMPACT = AldeaJson.create();

  private Writers() {}

  /** Writes the dataset as a pretty, canonical document to a file, or to standard output if none. */
  static void document(Dataset dataset, Path file, Terminal terminal) throws IOException {
    if (file == null) {
      PRETTY.encode(dataset, terminal.out());
      return;
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      PRETTY.encode(dataset, out);
    }
  }

  /** Writes each non-empty kind of the dataset to {@code <kind>.ndjson} in a folder, created if need be. */
  static void folder(Dataset dataset, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (EntityKind<?> kind : EntityKind.values()) {
      kind(folder, kind, dataset);
    }
  }

  private static <T> void kind(Path folder, EntityKind<T> kind, Dataset dataset) throws IOException {
    List<T> entities = kind.in(dataset);
    if (entities.isEmpty()) {
      return;
    }
    try (NdjsonWriter<T> writer = ndjson(folder, kind)) {
      entities.forEach(writer::write);
    }
  }

  /** Opens an NDJSON writer of a kind in a folder. */
  static <T> NdjsonWriter<T> ndjson(Path folder, EntityKind<T> kind) throws IOException {
    return COMPACT.writeNdjson(new java.io.BufferedOutputStream(Files.newOutputStream(Sources.file(folder, kind)), 1 << 16),
        kind);
  }
}
