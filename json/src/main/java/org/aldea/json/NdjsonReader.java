package org.aldea.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.aldea.core.description.EntityKind;
import org.aldea.json.internal.Failures;
import org.aldea.json.internal.WireReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an NDJSON stream of one kind of entity lazily, one line at a time, in memory bounded by the
 * longest line: a header line {@code {"schemaVersion": "1.0", "kind": "children"}}, then one entity
 * per line. Blank lines are skipped.
 *
 * <p>A bad line (malformed, wrong shape, a tier-1 violation, over the line limit) goes to the
 * {@link NdjsonListener}: in strict mode it is thrown and reading stops; in tolerant mode it is
 * reported with its line number and skipped, and every good line is still read. Obtain a reader
 * from {@link AldeaJson#readNdjson(InputStream, EntityKind, NdjsonListener)}; close it to close
 * the input.
 *
 * <p>This class is not thread-safe.
 *
 * @param <T> the type of the entities
 */
public final class NdjsonReader<T> implements Iterator<T>, Closeable {
  private final InputStream in;
  private final JsonFactory factory;
  private final boolean strict;
  private final WireReader.Limits limits;
  private final int maxLineBytes;
  private final NdjsonListener listener;
  private final EntityKind<T> kind;
  private final String schemaVersion;

  private final byte[] chunk = new byte[1 << 16];
  private int chunkStart;
  private int chunkEnd;
  private byte[] buffer = new byte[256];
  private int length;
  private boolean overLimit;
  private boolean endOfInput;
  private long lineNumber;
  private long badLines;
  private T next;

  NdjsonReader(InputStream in, JsonFactory factory, boolean strict, WireReader.Limits limits, int maxLineBytes,
      EntityKind<T> expected, NdjsonListener listener) {
    this.in = in;
    this.factory = factory;
    this.strict = strict;
    this.limits = limits;
    this.maxLineBytes = maxLineBytes;
    this.listener = listener;
    String[] header = readHeader(expected);
    this.schemaVersion = header[0];
    @SuppressWarnings("unchecked")
    EntityKind<T> kind = (EntityKind<T>) EntityKind.byWireName(header[1]).orElseThrow();
    this.kind = kind;
  }

  private String[] readHeader(EntityKind<T> expected) {
    while (nextLine()) {
      if (isBlank()) {
        continue;
      }
      if (overLimit) {
        throw new JsonDecodingException("", lineNumber, maxLineBytes + 1L,
            "header line over the limit of " + maxLineBytes + " bytes", null);
      }
      // The header's warnings are told once it is known to be one: the first line of a stream
      // without a header is an entity, whose every property would be "unknown" to a header.
      List<DecodeWarning> warnings = new ArrayList<>();
      String[] header = parse(reader -> reader.ndjsonHeader(name -> {
        EntityKind<?> found = EntityKind.byWireName(name).orElse(null);
        if (found == null) {
          return "kind must be one of locations, socialCentres, programmes, villages, families, children, outcomes";
        }
        return expected == null || found == expected ? null : "the stream holds " + found + ", not " + expected;
      }), warnings::add);
      warnings.forEach(listener::onWarning);
      return header;
    }
    // At the end of the input: after the last (blank) line, or at the start of an empty one.
    throw new JsonDecodingException("", Math.max(1, lineNumber), length + 1L, "the stream has no header line", null);
  }

  /** {@return the kind of entity in the stream} */
  public EntityKind<T> kind() {
    return kind;
  }

  /**
   * Returns this reader typed for its kind, for a reader obtained without naming the kind.
   *
   * @param expected the kind the header named
   * @param <U> the type of its entities
   * @return this reader
   * @throws IllegalArgumentException if the stream holds another kind
   */
  @SuppressWarnings("unchecked")
  public <U> NdjsonReader<U> as(EntityKind<U> expected) {
    if (expected != kind) {
      throw new IllegalArgumentException("the stream holds " + kind + ", not " + expected);
    }
    return (NdjsonReader<U>) this;
  }

  /** {@return the schema version of the header line, 1.x} */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** {@return the number of the last line read, counting from 1 for the header} */
  public long lineNumber() {
    return lineNumber;
  }

  /** {@return how many bad lines were skipped (tolerant mode)} */
  public long badLineCount() {
    return badLines;
  }

  @Override
  public boolean hasNext() {
    while (next == null && nextLine()) {
      if (isBlank()) {
        continue;
      }
      try {
        if (overLimit) {
          throw new JsonDecodingException("", lineNumber, maxLineBytes + 1L,
              "line over the limit of " + maxLineBytes + " bytes", null);
        }
        next = parse(reader -> reader.read(kind.type()));
      } catch (JsonDecodingException bad) {
        badLines++;
        listener.onBadLine(bad);
      }
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T entity = next;
    next = null;
    return entity;
  }

  /** {@return the remaining entities as a sequential stream; closing it closes this reader} */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Read<R> {
    R from(WireReader reader);
  }

  /**
   * Parses the line in the buffer. Whatever goes wrong inside it ends in a
   * {@link JsonDecodingException} for this line, so that a tolerant reader goes on with the next.
   */
  private <R> R parse(Read<R> read) {
    return parse(read, listener::onWarning);
  }

  /** Parses the line in the buffer, telling its warnings to a consumer. */
  private <R> R parse(Read<R> read, Consumer<DecodeWarning> warnings) {
    JsonParser parser = null;
    try {
      Failures.requireUtf8Start(buffer, length);
      parser = factory.createParser(ObjectReadContext.empty(), buffer, 0, length);
      WireReader reader = new WireReader(parser, strict, limits, warning -> warnings.accept(
          new DecodeWarning(warning.code(), warning.pointer(), lineNumber, warning.column(), warning.message())));
      R value = read.from(reader.start());
      reader.end();
      return value;
    } catch (JsonDecodingException e) {
      throw e.atLine(lineNumber);
    } catch (JacksonException e) {
      throw Failures.translate(e, parser, null).atLine(lineNumber);
    } catch (RuntimeException e) {
      throw Failures.defect(e, parser).atLine(lineNumber);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  private boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return !overLimit;
  }

  /** Reads the next line into the buffer, without its line break; false at the end of input. */
  private boolean nextLine() {
    int previous = length;
    length = 0;
    overLimit = false;
    boolean any = false;
    while (true) {
      if (chunkStart == chunkEnd) {
        if (endOfInput || !fill()) {
          endOfInput = true;
          break;
        }
      }
      any = true;
      int newline = chunkStart;
      while (newline < chunkEnd && chunk[newline] != '\n') {
        newline++;
      }
      append(chunkStart, newline - chunkStart);
      if (newline < chunkEnd) {
        chunkStart = newline + 1;
        break;
      }
      chunkStart = chunkEnd;
    }
    if (!any) {
      length = previous; // the last line stays in view, for where the input ended
      return false;
    }
    lineNumber++;
    return true;
  }

  private void append(int from, int count) {
    int room = maxLineBytes - length;
    if (count > room) {
      overLimit = true;
      count = room;
    }
    if (length + count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.min(maxLineBytes, Math.max(length + count, buffer.length * 2)));
    }
    System.arraycopy(chunk, from, buffer, length, count);
    length += count;
  }

  private boolean fill() {
    try {
      int read = in.read(chunk);
      while (read == 0) {
        read = in.read(chunk);
      }
      if (read < 0) {
        return false;
      }
      chunkStart = 0;
      chunkEnd = read;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
