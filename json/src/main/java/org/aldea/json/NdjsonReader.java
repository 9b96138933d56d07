package org.aldea.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
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
 * Reads an NDJSON stream of one kind of entity lazily, a batch of lines at a time: a header line
 * {@code {"schemaVersion": "1.0", "kind": "children"}}, then one entity per line. Blank lines are
 * skipped. Memory is bounded by a few batches of about {@value #BATCH_BYTES} bytes (a longer line
 * is a batch of its own).
 *
 * <p>By default the lines are decoded on the thread that reads. With an
 * {@linkplain AldeaJson.Builder#ndjsonExecutor(Executor) executor}, up to {@value #BATCHES_AHEAD}
 * batches are decoded ahead on its threads while the reading thread takes the entities; either way
 * the entities, warnings and bad lines come in the stream's order, and the listener is called on the
 * reading thread only.
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
  /** The size at which a batch of lines is decoded: large enough that handing it over costs little. */
  static final int BATCH_BYTES = 1 << 16;
  /** How many batches an executor decodes ahead of the reading thread. */
  static final int BATCHES_AHEAD = 8;

  private final InputStream in;
  private final JsonFactory factory;
  private final boolean strict;
  private final WireReader.Limits limits;
  private final int maxLineBytes;
  private final NdjsonListener listener;
  private final EntityKind<T> kind;
  private final String schemaVersion;
  /** Where batches are decoded; null for the reading thread, one batch at a time. */
  private final Executor executor;
  private final ArrayDeque<CompletableFuture<Batch>> ahead = new ArrayDeque<>();
  /** Batches' content arrays of the usual size, given back once decoded for the next batches. */
  private final ArrayBlockingQueue<byte[]> spareContents = new ArrayBlockingQueue<>(BATCHES_AHEAD + 1);
  /** The batch being taken from, and the position of its next line. */
  private Batch current;
  private int position;

  private final byte[] chunk = new byte[1 << 16];
  private int chunkStart;
  private int chunkEnd;
  private byte[] buffer = new byte[256];
  private int length;
  private boolean overLimit;
  private boolean endOfInput;
  /** The number of the last line split off the input. */
  private long lineNumber;
  /** The number of the last line taken by the reading thread. */
  private long takenLine;
  private long badLines;
  private T next;

  NdjsonReader(InputStream in, JsonFactory factory, boolean strict, WireReader.Limits limits, int maxLineBytes,
      EntityKind<T> expected, NdjsonListener listener, Executor executor) {
    this.in = in;
    this.executor = executor;
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
    this.takenLine = lineNumber;
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
      String[] header = parse(buffer, 0, length, lineNumber, reader -> reader.ndjsonHeader(name -> {
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

  /** {@return the number of the line of the last entity or bad line taken, counting from 1 for the header} */
  public long lineNumber() {
    return takenLine;
  }

  /** {@return how many bad lines were skipped (tolerant mode)} */
  public long badLineCount() {
    return badLines;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (current == null || position == current.size) {
        current = null;
        fillAhead();
        if (ahead.isEmpty()) {
          return false;
        }
        current = await(ahead.poll());
        position = 0;
      }
      take(position++);
    }
    return true;
  }

  /** Takes a decoded line of the current batch: tells its warnings, then its entity or its failure. */
  @SuppressWarnings("unchecked")
  private void take(int index) {
    takenLine = current.lines[index];
    if (current.warnings[index] != null) {
      current.warnings[index].forEach(listener::onWarning);
    }
    Object result = current.results[index];
    current.results[index] = null;
    if (result instanceof JsonDecodingException) {
      badLines++;
      listener.onBadLine((JsonDecodingException) result);
    } else {
      next = (T) result;
    }
  }

  /** Splits batches off the input and starts decoding them, up to the batches allowed ahead. */
  private void fillAhead() {
    int allowed = executor == null ? 1 : BATCHES_AHEAD;
    while (ahead.size() < allowed && !endOfInput) {
      Batch batch = nextBatch();
      if (batch.size == 0) {
        break;
      }
      ahead.add(executor == null ? CompletableFuture.completedFuture(batch.decode())
          : CompletableFuture.supplyAsync(batch::decode, executor));
    }
  }

  private Batch await(CompletableFuture<Batch> decoding) {
    try {
      return decoding.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw e;
    }
  }

  /** Splits the next lines but blank ones off the input, up to {@link #BATCH_BYTES} of them. */
  private Batch nextBatch() {
    Batch batch = new Batch();
    while (batch.bytes < BATCH_BYTES && nextLine()) {
      if (!isBlank()) {
        batch.add(lineNumber, buffer, overLimit ? 0 : length, overLimit); // an over-long line is not parsed
      }
    }
    return batch;
  }

  /**
   * Lines split off the input, each decoded, by whichever thread, into its entity or its failure
   * and its warnings. Each line is kept with its line break, so that a parser reads them one after
   * another as Jackson reads a line alone: the same columns, the same failures.
   */
  private final class Batch {
    private static final int USUAL_CONTENT = BATCH_BYTES + 1024;
    private byte[] content = spareContents.poll();
    private int bytes;
    private int size;
    private long[] lines = new long[256];
    /** Where each line's break is in the content. */
    private int[] ends = new int[256];
    private boolean[] overLimits = new boolean[256];
    private Object[] results;
    private List<DecodeWarning>[] warnings;

    Batch() {
      if (content == null) {
        content = new byte[USUAL_CONTENT];
      }
    }

    void add(long line, byte[] text, int count, boolean over) {
      if (size == lines.length) {
        lines = Arrays.copyOf(lines, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        overLimits = Arrays.copyOf(overLimits, size * 2);
      }
      if (bytes + count + 1 > content.length) {
        content = Arrays.copyOf(content, Math.max(bytes + count + 1, content.length * 2));
      }
      System.arraycopy(text, 0, content, bytes, count);
      bytes += count;
      lines[size] = line;
      ends[size] = bytes;
      overLimits[size] = over;
      content[bytes++] = '\n';
      size++;
    }

    @SuppressWarnings("unchecked")
    Batch decode() {
      results = new Object[size];
      warnings = new List[size];
      Run run = null;
      for (int i = 0; i < size; i++) {
        if (overLimits[i]) {
          results[i] = new JsonDecodingException("", lines[i], maxLineBytes + 1L,
              "line over the limit of " + maxLineBytes + " bytes", null);
          continue;
        }
        int start = i == 0 ? 0 : ends[i - 1] + 1;
        if (run == null) {
          run = new Run(start);
        }
        T entity = run.read(i, start);
        if (entity != null) {
          results[i] = entity;
          continue;
        }
        // The run cannot vouch for this line: it is read alone, for its entity or its own failure,
        // and a new run starts after it.
        run.close();
        run = null;
        warnings[i] = null;
        int index = i;
        try {
          results[i] = parse(content, start, ends[i] - start, lines[i], reader -> reader.read(kind.type()),
              warning -> warn(index, warning));
        } catch (JsonDecodingException bad) {
          results[i] = bad;
        }
      }
      if (run != null) {
        run.close();
      }
      if (content.length == USUAL_CONTENT) {
        spareContents.offer(content);
      }
      content = null;
      return this;
    }

    private void warn(int index, DecodeWarning warning) {
      if (warnings[index] == null) {
        warnings[index] = new ArrayList<>(2);
      }
      warnings[index].add(warning);
    }

    /**
     * Lines of the batch read one after another by one parser: a parser for each line would make
     * and recycle its buffers and tables for each. A line's entity is taken only if the parser
     * found it within the line, from the line's first token to a last token before its break,
     * with nothing after it on the line. Anything else, a failure among them, and the line is read
     * alone ({@link NdjsonReader#parse}), which gives it exactly the result and the warnings a line
     * has by itself.
     */
    private final class Run implements Closeable {
      /** Where the parser's input starts in the content: the start of the run's first line. */
      private final int base;
      /** Made once the first line is known to start as UTF-8, which Jackson tells from its first bytes. */
      private JsonParser parser;
      private WireReader reader;
      /** The line being read, for its warnings. */
      private int index;

      Run(int base) {
        this.base = base;
      }

      /** Returns the entity of a line, or null if the run cannot vouch for it. */
      T read(int index, int start) {
        this.index = index;
        int end = ends[index];
        try {
          Failures.requireUtf8Start(content, start, end - start);
          if (parser == null) {
            parser = factory.createParser(ObjectReadContext.empty(), content, base, bytes - base);
            reader = new WireReader(parser, strict, limits, warning -> warn(this.index,
                new DecodeWarning(warning.code(), warning.pointer(), lines[this.index], warning.column(), warning.message())));
          }
          reader.startNext();
          long first = base + reader.tokenOffset();
          if (first < start || first >= end) {
            return null;
          }
          T entity = reader.read(kind.type());
          if (base + reader.tokenOffset() >= end) {
            return null;
          }
          if (parser.nextToken() != null && base + reader.tokenOffset() <= end) {
            return null;
          }
          return entity;
        } catch (RuntimeException e) {
          return null;
        }
      }

      @Override
      public void close() {
        if (parser != null) {
          parser.close();
        }
      }
    }
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
   * Parses a line. Whatever goes wrong inside it ends in a {@link JsonDecodingException} for this
   * line, so that a tolerant reader goes on with the next. Safe on any thread: it touches nothing of
   * the reader's but its settings.
   */
  private <R> R parse(byte[] text, int offset, int count, long line, Read<R> read, Consumer<DecodeWarning> warnings) {
    JsonParser parser = null;
    try {
      Failures.requireUtf8Start(text, offset, count);
      parser = factory.createParser(ObjectReadContext.empty(), text, offset, count);
      WireReader reader = new WireReader(parser, strict, limits, warning -> warnings.accept(
          new DecodeWarning(warning.code(), warning.pointer(), line, warning.column(), warning.message())));
      R value = read.from(reader.start());
      reader.end();
      return value;
    } catch (JsonDecodingException e) {
      throw e.atLine(line);
    } catch (JacksonException e) {
      throw Failures.translate(e, parser, null).atLine(line);
    } catch (RuntimeException e) {
      throw Failures.defect(e, parser).atLine(line);
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
