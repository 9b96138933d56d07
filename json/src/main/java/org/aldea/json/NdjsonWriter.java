package org.aldea.json;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.aldea.core.description.EntityKind;
import org.aldea.json.internal.WireWriter;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an NDJSON stream of one kind of entity incrementally: the header line first, then one
 * compact, canonical entity per line, each ending with a line feed. Memory stays bounded by one
 * line. Obtain a writer from {@link AldeaJson#writeNdjson(OutputStream, EntityKind)}; close it to
 * flush and close the output.
 *
 * <p>This class is not thread-safe.
 *
 * @param <T> the type of the entities
 */
public final class NdjsonWriter<T> implements Closeable, Flushable {
  private final OutputStream out;
  private final Function<OutputStream, JsonGenerator> generators;
  private final EntityKind<T> kind;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
  private long written;

  NdjsonWriter(OutputStream out, Function<OutputStream, JsonGenerator> generators, EntityKind<T> kind,
      String schemaVersion) {
    this.out = Objects.requireNonNull(out, "out");
    this.generators = generators;
    this.kind = Objects.requireNonNull(kind, "kind");
    writeLine(writer -> writer.ndjsonHeader(schemaVersion, kind.wireName()));
  }

  /**
   * Writes one entity as one line.
   *
   * @param entity the entity
   * @throws UncheckedIOException if the output fails
   */
  public void write(T entity) {
    Objects.requireNonNull(entity, "entity");
    kind.type().cast(entity);
    writeLine(writer -> writer.any(entity));
    written++;
  }

  /** {@return how many entities were written} */
  public long count() {
    return written;
  }

  private void writeLine(Consumer<WireWriter> content) {
    line.reset();
    try (JsonGenerator generator = generators.apply(line)) {
      content.accept(new WireWriter(generator));
    }
    line.write('\n');
    try {
      line.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try (out) {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
