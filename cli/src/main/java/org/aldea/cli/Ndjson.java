package org.aldea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.json.JsonDecodingException;
import org.aldea.json.NdjsonListener;
import org.aldea.json.NdjsonReader;

/** Helpers for NDJSON inputs whose kind is only known from their header. */
final class Ndjson {
  private Ndjson() {}

  /**
   * Reads a folder's file of one kind as {@code read} says; a decoding failure names the file
   * ({@link FileDecodingException}).
   */
  static <T> void readFile(AldeaJson json, Path file, EntityKind<T> kind, NdjsonListener listener,
      Consumer<NdjsonReader<T>> read) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        NdjsonReader<T> reader = json.readNdjson(in, kind, listener)) {
      read.accept(reader);
    } catch (JsonDecodingException e) {
      throw new FileDecodingException(file.toString(), e);
    }
  }

  /** Reads the remaining entities of a reader into a dataset builder, a bad line pointed to as in a document. */
  static <T> void readInto(NdjsonReader<T> reader, Dataset.Builder dataset) {
    EntityKind<T> kind = reader.kind();
    long index = 0;
    while (true) {
      T entity;
      try {
        if (!reader.hasNext()) {
          return;
        }
        entity = reader.next();
      } catch (JsonDecodingException e) {
        throw inDocument(kind, index, e);
      }
      kind.addTo(dataset, entity);
      index++;
    }
  }

  /**
   * Points to a bad line of a stream as a document would ({@code /children/12/born}), not within the
   * line ({@code /born}).
   *
   * @param index the number of entities of the stream read before the line
   */
  static JsonDecodingException inDocument(EntityKind<?> kind, long index, JsonDecodingException e) {
    return new JsonDecodingException("/" + kind.wireName() + "/" + index + e.pointer(), e.line(), e.column(),
        e.reason(), null);
  }
}
