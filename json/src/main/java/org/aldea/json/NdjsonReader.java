package org.aldea.json;

import java.io.Closeable;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.aldea.core.description.EntityKind;
import org.aldea.json.internal.Failures;
import org.aldea.json.internal.PlainReader;
import org.aldea.json.internal.WireReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an NDJSON stream of one kind of entity lazily, a batch of lines at a time: a header line
 * {@code {"schemaVersion": "1.0", "kind": "children"}}, then one entity per line. Blank lines are
 * skipped. Memory is bounded by a few batches of about {@value #BATCH_BYTES} bytes (a longer line
 * makes its batch as long, up to the line limit; the bytes of a line over it are not kept).
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
  static final int BATCHES_AHEAD = 4;
  /** How many lines of a batch may fail to be read plainly before the rest are left to Jackson. */
  static final int PLAIN_MISSES = 8;

  private final LineBlocks blocks;
  private final JsonFactory factory;
  private final boolean strict;
  private final WireReader.Limits limits;
  private final int maxLineBytes;
  private final NdjsonListener listener;
  private final EntityKind<T> kind;
  private final String schemaVersion;
  /** Where batches are decoded; null for the reading thread, one batch at a time. */
  private final Executor executor;
  private final ArrayDeque<FutureTask<Batch>> ahead = new ArrayDeque<>();
  /** The batch being taken from, and the position of its next line. */
  private Batch current;
  private int position;
  /** The number of the line before the current batch's first: the header's, then each batch's last. */
  private long linesBefore;
  /** The number of the last line taken by the reading thread. */
  private long takenLine;
  private long badLines;
  private T next;

  NdjsonReader(InputStream in, JsonFactory factory, boolean strict, WireReader.Limits limits, int maxLineBytes,
      EntityKind<T> expected, NdjsonListener listener, Executor executor) {
    this.blocks = new LineBlocks(in, BATCH_BYTES, maxLineBytes, BATCHES_AHEAD + 1);
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
    this.takenLine = linesBefore;
  }

  /**
   * Reads the header line, the first that is not blank, from the first blocks of the input; what
   * follows it goes back before the rest of the input.
   */
  private String[] readHeader(EntityKind<T> expected) {
    int lastLength = 0;
    while (true) {
      LineBlocks.Block block = blocks.next();
      if (block.overLimit) {
        throw overLimit("header line", linesBefore + 1);
      }
      byte[] content = block.content;
      for (int start = 0; start < block.bytes; ) {
        int end = LineBlocks.lineEnd(content, start, block.bytes);
        linesBefore++;
        if (end - start > maxLineBytes) {
          throw overLimit("header line", linesBefore);
        }
        if (!LineBlocks.isBlank(content, start, end)) {
          String[] header = header(content, start, end, expected);
          blocks.unread(content, end + 1, block.bytes);
          blocks.recycle(content);
          return header;
        }
        lastLength = end - start;
        start = end + 1;
      }
      blocks.recycle(content);
      if (blocks.exhausted()) {
        // At the end of the input: after the last (blank) line, or at the start of an empty one.
        throw new JsonDecodingException("", Math.max(1, linesBefore), lastLength + 1L, "the stream has no header line",
            null);
      }
    }
  }

  /** The failure of a line over the limit: its column is the first byte past it. */
  private JsonDecodingException overLimit(String what, long line) {
    return new JsonDecodingException("", line, maxLineBytes + 1L, what + " over the limit of " + maxLineBytes + " bytes",
        null);
  }

  private String[] header(byte[] content, int start, int end, EntityKind<T> expected) {
    // The header's warnings are told once it is known to be one: the first line of a stream
    // without a header is an entity, whose every property would be "unknown" to a header.
    List<DecodeWarning> warnings = new ArrayList<>();
    String[] header = parse(content, start, end - start, linesBefore, reader -> reader.ndjsonHeader(name -> {
      EntityKind<?> found = EntityKind.byWireName(name).orElse(null);
      if (found == null) {
        return "kind must be one of locations, socialCentres, programmes, villages, families, children, outcomes";
      }
      return expected == null || found == expected ? null : "the stream holds " + found + ", not " + expected;
    }), warnings::add);
    warnings.forEach(listener::onWarning);
    return header;
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
        if (current != null) {
          linesBefore += current.lineCount;
          current = null;
        }
        fillAhead();
        if (ahead.isEmpty()) {
          return false;
        }
        current = await(ahead.poll());
        current.countFailures();
        position = 0;
      }
      take(position++);
    }
    return true;
  }

  /**
   * Takes a decoded line of the current batch: tells its warnings, then its entity or its failure,
   * with the line's number in the stream (the batch counted its lines from its first).
   */
  @SuppressWarnings("unchecked")
  private void take(int index) {
    takenLine = linesBefore + current.lines[index];
    if (current.warnings[index] != null) {
      for (DecodeWarning warning : current.warnings[index]) {
        listener.onWarning(new DecodeWarning(warning.code(), warning.pointer(), takenLine, warning.column(),
            warning.message()));
      }
    }
    Object result = current.results[index];
    current.results[index] = null;
    if (current.failures != 0 && result instanceof JsonDecodingException) {
      badLines++;
      listener.onBadLine(((JsonDecodingException) result).atLine(takenLine));
    } else {
      next = (T) result;
    }
  }

  /** Splits batches off the input and starts decoding them, up to the batches allowed ahead. */
  private void fillAhead() {
    int allowed = executor == null ? 1 : BATCHES_AHEAD;
    while (ahead.size() < allowed && !blocks.exhausted()) {
      LineBlocks.Block block = blocks.next();
      if (block.bytes == 0 && !block.overLimit) {
        break;
      }
      FutureTask<Batch> decoding = new FutureTask<>(new Batch(block)::decode);
      if (executor == null) {
        decoding.run();
      } else {
        try {
          executor.execute(decoding);
        } catch (RejectedExecutionException refused) {
          // Decoded by the reading thread when it is needed.
        }
      }
      ahead.add(decoding);
    }
  }

  /**
   * Returns a decoded batch: decoded by the reading thread itself if no thread has started it (when
   * the executor's threads are busy with other work, the reading thread decodes rather than waits),
   * else when its thread is done. An interrupt does not cut the wait short: it is kept.
   */
  private Batch await(FutureTask<Batch> decoding) {
    decoding.run(); // does nothing if a thread has started it
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return decoding.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException) {
            throw (RuntimeException) e.getCause();
          }
          if (e.getCause() instanceof Error) {
            throw (Error) e.getCause();
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Whole lines split off the input, each decoded, by whichever thread, into its entity or its
   * failure and its warnings; blank lines are counted and skipped. Lines are numbered from the
   * batch's first, and their warnings and failures given their numbers in the stream when taken.
   */
  private final class Batch {
    /** The batch's bytes, given back once decoded ({@link LineBlocks.Block}). */
    private byte[] content;
    private final int bytes;
    private final boolean overLimit;
    /** How many lines the batch holds, blank ones too. */
    private int lineCount;
    /** How many lines but blank ones. */
    private int size;
    /** Each line's number, counting the batch's first as 1. */
    private int[] lines;
    private Object[] results;
    private List<DecodeWarning>[] warnings;
    /** How many lines failed, as {@link #countFailures} counted them. */
    private int failures;

    Batch(LineBlocks.Block block) {
      this.content = block.content;
      this.bytes = block.bytes;
      this.overLimit = block.overLimit;
    }

    /**
     * Decodes each line: plainly if it can ({@link PlainReader}), which finds where the line ends
     * as it reads it, else by Jackson, in a run of lines or alone. Past {@value #PLAIN_MISSES}
     * lines that are not plain, the rest of the batch is left to Jackson's run: a stream from a
     * writer that escapes every string, or adds a property this version does not know, costs one
     * plain attempt for a few lines of each batch.
     */
    @SuppressWarnings("unchecked")
    Batch decode() {
      int expected = overLimit ? 1 : bytes / 128 + 1;
      lines = new int[expected];
      results = new Object[expected];
      warnings = new List[expected];
      if (overLimit) {
        lineCount = 1;
        add(1, overLimit("line", 1));
        return this;
      }
      PlainReader plain = PlainReader.reads(kind.type()) ? new PlainReader(limits) : null;
      int misses = 0;
      Run run = null;
      for (int start = 0; start < bytes; ) {
        int line = ++lineCount;
        T entity = plain != null && misses < PLAIN_MISSES ? plain.read(kind.type(), content, start, bytes) : null;
        int end = entity != null ? plain.end() : LineBlocks.lineEnd(content, start, bytes);
        if (end - start > maxLineBytes) {
          add(line, overLimit("line", line));
          if (run != null) {
            run.close();
            run = null;
          }
        } else if (entity != null) {
          add(line, entity);
        } else if (!LineBlocks.isBlank(content, start, end)) {
          int index = add(line, null);
          if (plain != null && misses < PLAIN_MISSES && ++misses < PLAIN_MISSES) {
            readAlone(index, start, end);
          } else {
            if (run == null) {
              run = new Run(start);
            }
            entity = run.read(index, start, end);
            if (entity != null) {
              results[index] = entity;
            } else {
              // The run cannot vouch for this line: it is read alone, and a new run starts after it.
              run.close();
              run = null;
              readAlone(index, start, end);
            }
          }
        }
        start = end + 1;
      }
      if (run != null) {
        run.close();
      }
      blocks.recycle(content);
      content = null;
      return this;
    }

    /**
     * Counts the lines that failed, on the reading thread, as it takes the batch: a loop that does
     * nothing else, whose reads of the results, made on other threads, the processor overlaps;
     * taken one by one, each result read would wait for memory (a tenth of the reading thread's
     * time on a million children).
     */
    void countFailures() {
      int count = 0;
      for (int i = 0; i < size; i++) {
        if (results[i] instanceof JsonDecodingException) {
          count++;
        }
      }
      failures = count;
    }

    /** Adds a line that is not blank, with its result if known; returns its index. */
    private int add(int line, Object result) {
      if (size == lines.length) {
        lines = Arrays.copyOf(lines, size * 2);
        results = Arrays.copyOf(results, size * 2);
        warnings = Arrays.copyOf(warnings, size * 2);
      }
      lines[size] = line;
      results[size] = result;
      return size++;
    }

    /** Reads a line alone, for its entity or its own failure, and its warnings only. */
    private void readAlone(int index, int start, int end) {
      warnings[index] = null;
      try {
        results[index] = parse(content, start, end - start, lines[index], reader -> reader.read(kind.type()),
            warning -> warn(index, warning));
      } catch (JsonDecodingException bad) {
        results[index] = bad;
      }
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
      T read(int index, int start, int end) {
        this.index = index;
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
    blocks.close();
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
}
