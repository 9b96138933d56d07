package org.aldea.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.json.NdjsonWriter;

/** Writes a dataset as a pretty document or as a folder of per-kind NDJSON files. */
final class Writers {
  private static final AldeaJson PRETTY = AldeaJson.builder().pretty(true).build();
  private static final AldeaJson COMPACT = AldeaJson.create();

  private Writers() {}

  /**
   * Writes the dataset as a pretty, canonical document to a file, or to standard output if none. An
   * existing file is refused unless {@code force}.
   */
  static void document(Dataset dataset, Path file, boolean force, Terminal terminal) throws IOException {
    if (file == null) {
      PRETTY.encode(dataset, terminal.out());
      return;
    }
    OpenOption[] options = force
        ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE}
        : new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
    try (OutputStream out = Files.newOutputStream(file, options)) {
      PRETTY.encode(dataset, out);
    }
  }

  /**
   * Writes each non-empty kind of the dataset to {@code <kind>.ndjson} in a folder made ready by
   * {@link #prepareFolder}.
   */
  static void folder(Dataset dataset, Path folder, boolean force) throws IOException {
    try (Folder files = new Folder(folder, force)) {
      files.write(dataset);
    }
  }

  /**
   * A folder of per-kind NDJSON files being written, a dataset or a part of one at a time: each
   * kind's file is opened with its first entity, so that a kind without any has no file.
   */
  static final class Folder implements Closeable {
    private final Path folder;
    private final Map<EntityKind<?>, NdjsonWriter<?>> writers = new LinkedHashMap<>();

    /** Starts writing into a folder made ready by {@link #prepareFolder}. */
    Folder(Path folder, boolean force) throws IOException {
      prepareFolder(folder, force);
      this.folder = folder;
    }

    /** Appends the entities of a dataset to their kinds' files. */
    void write(Dataset dataset) throws IOException {
      for (EntityKind<?> kind : EntityKind.values()) {
        write(kind, dataset);
      }
    }

    private <T> void write(EntityKind<T> kind, Dataset dataset) throws IOException {
      List<T> entities = kind.in(dataset);
      if (entities.isEmpty()) {
        return;
      }
      @SuppressWarnings("unchecked")
      NdjsonWriter<T> writer = (NdjsonWriter<T>) writers.get(kind);
      if (writer == null) {
        writer = ndjson(folder, kind);
        writers.put(kind, writer);
      }
      entities.forEach(writer::write);
    }

    /** Closes every file, each even if another fails; throws the first failure. */
    @Override
    public void close() throws IOException {
      UncheckedIOException first = null;
      for (NdjsonWriter<?> writer : writers.values()) {
        try {
          writer.close();
        } catch (UncheckedIOException e) {
          if (first == null) {
            first = e;
          } else {
            first.addSuppressed(e);
          }
        }
      }
      if (first != null) {
        throw first.getCause();
      }
    }
  }

  /**
   * Makes a folder ready for a new set of per-kind files, so that no file of older output is read
   * with them: creates it if need be; refuses it if it holds a file of any kind, unless {@code
   * force}, which deletes those files (of every kind, written now or not). Other files are left.
   */
  private static void prepareFolder(Path folder, boolean force) throws IOException {
    Files.createDirectories(folder);
    List<Path> older = EntityKind.values().stream().map(kind -> Sources.file(folder, kind))
        .filter(Files::exists).toList();
    if (older.isEmpty()) {
      return;
    }
    if (!force) {
      throw new FileAlreadyExistsException(folder.toString(), null, "the folder holds "
          + older.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", "))
          + " already (--force replaces every kind's file)");
    }
    for (Path file : older) {
      Files.delete(file);
    }
  }

  /** Opens an NDJSON writer of a kind in a folder. */
  private static <T> NdjsonWriter<T> ndjson(Path folder, EntityKind<T> kind) throws IOException {
    return COMPACT.writeNdjson(new java.io.BufferedOutputStream(Files.newOutputStream(Sources.file(folder, kind)), 1 << 16),
        kind);
  }
}
