package org.aldea.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.aldea.json.internal.DocumentInput;
import org.aldea.json.internal.DocumentInputDecorator;
import org.aldea.json.internal.Failures;
import org.aldea.json.internal.WireReader;
import org.aldea.json.internal.WireTypes;
import org.aldea.json.internal.WireWriter;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes Aldea's JSON exchange format safely: whole documents, single entities (or any
 * part of them), and NDJSON streams.
 *
 * <h2>Reading</h2>
 *
 * The input is untrusted, and UTF-8 (RFC 8259, section 8.1). Every problem ends in a
 * {@link JsonDecodingException} with the JSON pointer, line and column of the offending value;
 * nothing else escapes but {@link java.io.UncheckedIOException} for a failing input stream. Time is
 * linear in the input's size. Limits are explicit: nesting depth {@value #MAX_NESTING_DEPTH},
 * strings of {@value #MAX_STRING_LENGTH} characters, numbers of {@value #MAX_NUMBER_LENGTH}
 * characters, property names of {@value #MAX_NAME_LENGTH} characters, and configurable caps on the
 * document size, the NDJSON line size, the properties of one object and the unknown properties of
 * a document. Duplicate properties, trailing content, integers
 * beyond 64 bits and every JSON extension (comments, single quotes, NaN...) are refused; there is no
 * polymorphic typing by class name. A document must declare {@code schemaVersion} 1.x; properties
 * this version does not know are ignored and returned as {@link DecodeWarning}s, or refused in
 * {@linkplain Builder#strict(boolean) strict mode}.
 *
 * <h2>Writing</h2>
 *
 * Output is canonical: properties in the documented order, absent optionals and empty collections
 * omitted, sets sorted, so that {@code encode(decode(encode(x)))} is byte-identical to
 * {@code encode(x)}. Compact output has no white space; pretty output indents by two spaces, puts
 * one array element per line and ends with a line feed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AldeaJson {
  /** The deepest nesting accepted; the format itself needs fewer than 10 levels. */
  public static final int MAX_NESTING_DEPTH = 16;
  /** The longest string accepted, in characters (a note is at most 2,000). */
  public static final int MAX_STRING_LENGTH = 10_000;
  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 40;
  /** The longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 100;
  /**
   * The default largest document, in bytes: 64 MiB. A document of children decodes to about three
   * times its size in heap, so one under this limit decodes in a 256 MiB heap; larger data is
   * better read as NDJSON.
   */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L << 20;
  /** The default longest NDJSON line, in bytes: 1 MiB. */
  public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
  /** The default most properties in one object: the format's widest object has nine. */
  public static final int DEFAULT_MAX_PROPERTIES_PER_OBJECT = 1_000;
  /**
   * The default most unknown properties in a document or NDJSON line: each keeps a warning of
   * about 150 bytes.
   */
  public static final int DEFAULT_MAX_UNKNOWN_PROPERTIES = 100_000;

  /**
   * How indented JSON is written, made on first use: building Jackson's printer links string
   * concatenations of Jackson's own, which spins some forty method-handle classes at a run's start
   * (a sixth of a command-line run's start-up compilations), and reading never needs it.
   */
  private static final class Pretty {
    static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"))
        .withSeparators(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    /** What an indenting generator is made with: a printer of its own, as a printer keeps state. */
    static final ObjectWriteContext OUTPUT = new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return PRINTER.createInstance();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }

  private final boolean strict;
  private final boolean pretty;
  private final long maxDocumentBytes;
  private final int maxLineBytes;
  private final WireReader.Limits limits;
  private final JsonFactory documents;
  private final JsonFactory lines;
  private final Executor ndjsonExecutor;
  /**
   * The mapper, made on first use: its classes take a command-line run's start longer than all of
   * decoding the Peru document, and neither decoding nor encoding needs it.
   */
  private volatile JsonMapper mapper;

  /** Jackson's word for no limit on a document's length. */
  private static final long UNLIMITED = -1;

  private AldeaJson(Builder builder) {
    this.strict = builder.strict;
    this.pretty = builder.pretty;
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.maxLineBytes = builder.maxLineBytes;
    this.limits = new WireReader.Limits(builder.maxPropertiesPerObject, builder.maxUnknownProperties);
    this.documents = factory(builder.maxDocumentBytes, false);
    // The NDJSON reader holds each line to maxLineBytes itself, and has one parser read a batch of lines.
    this.lines = factory(UNLIMITED, false);
    this.ndjsonExecutor = builder.ndjsonExecutor;
  }

  /**
   * Returns a factory with Aldea's limits. The reader of the exchange format refuses duplicate
   * properties itself, where it already tracks each object's properties; a mapper for users' own
   * JSON has Jackson refuse them.
   */
  private static JsonFactory factory(long maxDocumentBytes, boolean detectDuplicates) {
    return limit(JsonFactory.builder(), maxDocumentBytes)
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, detectDuplicates)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        // Callers own their streams: closing a parser or generator leaves them open.
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /**
   * Returns a copy of a JSON factory that reads with Aldea's limits, for a mapper of your own
   * (a framework's, say) that reads untrusted input: {@code
   * JsonMapper.builder(AldeaJson.withLimits(new JsonFactory()))}. The copy refuses nesting deeper
   * than {@value #MAX_NESTING_DEPTH}, strings longer than {@value #MAX_STRING_LENGTH} characters,
   * numbers longer than {@value #MAX_NUMBER_LENGTH}, property names longer than
   * {@value #MAX_NAME_LENGTH}, documents over {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes,
   * duplicate properties, and bytes that begin with a byte order mark or otherwise not as UTF-8
   * does (from which Jackson would guess UTF-16 or UTF-32); its parse errors quote no token of the
   * input, and its locations name no source. The factory's other settings are kept.
   *
   * @param factory the factory to copy
   * @return the copy with the limits
   */
  public static JsonFactory withLimits(JsonFactory factory) {
    return limit(Objects.requireNonNull(factory, "factory").rebuild(), DEFAULT_MAX_DOCUMENT_BYTES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .inputDecorator(new DocumentInputDecorator(factory.getInputDecorator(), DEFAULT_MAX_DOCUMENT_BYTES))
        .build();
  }

  private static JsonFactoryBuilder limit(JsonFactoryBuilder builder, long maxDocumentBytes) {
    return builder
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(maxDocumentBytes)
            .build())
        .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(0).maxRawContentLength(0).build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
  }

  /**
   * Returns a reader and writer with the defaults: tolerant of unknown properties, compact output.
   *
   * @return the default instance
   */
  public static AldeaJson create() {
    return builder().build();
  }

  /** {@return a builder of configured instances} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a Jackson mapper with the same limits and {@link AldeaJsonModule}, for embedding Aldea's
   * types in JSON of your own. Decoding through it gives no warnings. Its parse errors quote no
   * token of the input; errors in Aldea's types are {@link JsonDecodingException}s.
   *
   * @return the mapper
   */
  public JsonMapper mapper() {
    JsonMapper made = mapper;
    if (made == null) {
      synchronized (this) {
        made = mapper;
        if (made == null) {
          made = JsonMapper.builder(factory(maxDocumentBytes, true))
              .addModule(new AldeaJsonModule(limits))
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
              .disable(SerializationFeature.INDENT_OUTPUT)
              .build();
          mapper = made;
        }
      }
    }
    return made;
  }

  /**
   * Decodes an exchange document.
   *
   * @param in the document, in UTF-8; not closed
   * @return the dataset with any warnings
   * @throws JsonDecodingException if the document cannot be decoded
   */
  public Decoded<Dataset> decodeDataset(InputStream in) {
    return decode(in, Dataset.class);
  }

  /**
   * Decodes an exchange document. The document limit counts its characters.
   *
   * @param json the document
   * @return the dataset with any warnings
   * @throws JsonDecodingException if the document cannot be decoded
   */
  public Decoded<Dataset> decodeDataset(String json) {
    return decode(json, Dataset.class);
  }

  /**
   * Decodes one value of the model from its wire form: an entity, a part of one, a value type or
   * an id.
   *
   * @param json the JSON text
   * @param type the type, for example {@code Child.class}
   * @param <T> the type
   * @return the value with any warnings
   * @throws JsonDecodingException if the input cannot be decoded
   * @throws IllegalArgumentException if the type has no wire form
   */
  public <T> Decoded<T> decode(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    requireWireForm(type);
    if (json.length() > maxDocumentBytes) {
      throw Failures.overDocumentLimit(json, maxDocumentBytes);
    }
    Failures.requireNoByteOrderMark(json);
    return read(() -> documents.createParser(ObjectReadContext.empty(), json), null, type);
  }

  /**
   * Decodes one value of the model from a stream; the stream is not closed.
   *
   * @param in the JSON input
   * @param type the type
   * @param <T> the type
   * @return the value with any warnings
   * @throws JsonDecodingException if the input cannot be decoded
   */
  public <T> Decoded<T> decode(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    requireWireForm(type);
    DocumentInput input = new DocumentInput(in, maxDocumentBytes);
    return read(() -> documents.createParser(ObjectReadContext.empty(), input), input, type);
  }

  private static void requireWireForm(Class<?> type) {
    if (!WireTypes.all().contains(Objects.requireNonNull(type, "type"))) {
      throw new IllegalArgumentException("not a type of the Aldea model: " + type.getName());
    }
  }

  private <T> Decoded<T> read(Supplier<JsonParser> open, DocumentInput input, Class<T> type) {
    List<DecodeWarning> warnings = new ArrayList<>();
    JsonParser parser = null;
    try {
      parser = open.get();
      WireReader reader = new WireReader(parser, strict, limits, warnings::add).start();
      T value = reader.read(type);
      reader.end();
      return new Decoded<>(value, warnings);
    } catch (JsonDecodingException | UncheckedIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw Failures.translate(e, parser, input);
    } catch (RuntimeException e) {
      throw Failures.defect(e, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * Writes a value of the model canonically: a dataset as a document, an entity, a part of one, a
   * value or an id. The stream is flushed, not closed.
   *
   * @param value the value
   * @param out where to write, in UTF-8
   * @throws IllegalArgumentException if the value is not of a type of the model
   * @throws UncheckedIOException if the output fails
   */
  public void encode(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    try (JsonGenerator generator = generator(out, pretty)) {
      new WireWriter(generator).any(value);
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw new UncheckedIOException((IOException) e.getCause());
      }
      throw e;
    }
    try {
      if (pretty) {
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the canonical JSON of a value of the model.
   *
   * @param value the value
   * @return the JSON text
   */
  public String encode(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    encode(value, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Starts reading an NDJSON stream of one kind, strictly: the first bad line is thrown.
   *
   * @param in the stream; closed when the reader is
   * @param kind the kind of entity the header must name
   * @param <T> the type of the entities
   * @return the reader, positioned after the header line
   * @throws JsonDecodingException if the header is missing, malformed or names another kind
   */
  public <T> NdjsonReader<T> readNdjson(InputStream in, EntityKind<T> kind) {
    return readNdjson(in, kind, NdjsonListener.STRICT);
  }

  /**
   * Starts reading an NDJSON stream of one kind, telling the listener of warnings and bad lines. A
   * listener that returns from {@link NdjsonListener#onBadLine} makes the reader tolerant.
   *
   * @param in the stream; closed when the reader is
   * @param kind the kind of entity the header must name
   * @param listener told of warnings and bad lines
   * @param <T> the type of the entities
   * @return the reader, positioned after the header line
   * @throws JsonDecodingException if the header is missing, malformed or names another kind
   */
  public <T> NdjsonReader<T> readNdjson(InputStream in, EntityKind<T> kind, NdjsonListener listener) {
    return new NdjsonReader<>(Objects.requireNonNull(in, "in"), lines, strict, limits, maxLineBytes,
        Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(listener, "listener"), ndjsonExecutor);
  }

  /**
   * Starts reading an NDJSON stream of whatever kind its header names; {@link NdjsonReader#kind()}
   * tells which, and {@link NdjsonReader#as(EntityKind)} types the reader.
   *
   * @param in the stream; closed when the reader is
   * @param listener told of warnings and bad lines
   * @return the reader, positioned after the header line
   * @throws JsonDecodingException if the header is missing or malformed
   */
  public NdjsonReader<?> readNdjson(InputStream in, NdjsonListener listener) {
    return new NdjsonReader<>(Objects.requireNonNull(in, "in"), lines, strict, limits, maxLineBytes, null,
        Objects.requireNonNull(listener, "listener"), ndjsonExecutor);
  }

  /**
   * Starts writing an NDJSON stream of one kind; writes the header line at once.
   *
   * @param out the stream; closed when the writer is
   * @param kind the kind of entity
   * @param <T> the type of the entities
   * @return the writer
   */
  public <T> NdjsonWriter<T> writeNdjson(OutputStream out, EntityKind<T> kind) {
    Function<OutputStream, JsonGenerator> generators = line -> generator(line, false);
    return new NdjsonWriter<>(out, generators, kind, Dataset.CURRENT_SCHEMA_VERSION);
  }

  /** Starts a generator in UTF-8, compact or indented. */
  private JsonGenerator generator(OutputStream out, boolean indented) {
    return documents.createGenerator(indented ? Pretty.OUTPUT : ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
  }

  /** Configures an {@link AldeaJson}. */
  public static final class Builder {
    private boolean strict;
    private boolean pretty;
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;
    private int maxPropertiesPerObject = DEFAULT_MAX_PROPERTIES_PER_OBJECT;
    private int maxUnknownProperties = DEFAULT_MAX_UNKNOWN_PROPERTIES;
    private Executor ndjsonExecutor;

    private Builder() {}

    /**
     * Sets whether unknown properties are refused (strict) rather than ignored with a warning.
     *
     * @param strict true to refuse them; false by default
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Sets whether output is indented (pretty) or compact.
     *
     * @param pretty true for indented output; false by default
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Sets the largest document accepted.
     *
     * @param bytes at least 1; {@value #DEFAULT_MAX_DOCUMENT_BYTES} by default
     * @return this builder
     */
    public Builder maxDocumentBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxDocumentBytes must be positive");
      }
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * Sets the longest NDJSON line accepted; a longer line is a bad line.
     *
     * @param bytes at least 64; {@value #DEFAULT_MAX_LINE_BYTES} by default
     * @return this builder
     */
    public Builder maxLineBytes(int bytes) {
      if (bytes < 64) {
        throw new IllegalArgumentException("maxLineBytes must be at least 64");
      }
      this.maxLineBytes = bytes;
      return this;
    }

    /**
     * Sets the most properties one object may have; an object with more is refused.
     *
     * @param count at least 16; {@value #DEFAULT_MAX_PROPERTIES_PER_OBJECT} by default
     * @return this builder
     */
    public Builder maxPropertiesPerObject(int count) {
      if (count < 16) {
        throw new IllegalArgumentException("maxPropertiesPerObject must be at least 16");
      }
      this.maxPropertiesPerObject = count;
      return this;
    }

    /**
     * Sets the most unknown properties a document, an NDJSON line or a single value may have; one
     * with more is refused. Each unknown property is returned as a warning.
     *
     * @param count at least 0; {@value #DEFAULT_MAX_UNKNOWN_PROPERTIES} by default
     * @return this builder
     */
    public Builder maxUnknownProperties(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("maxUnknownProperties must not be negative");
      }
      this.maxUnknownProperties = count;
      return this;
    }

    /**
     * Sets where the lines of NDJSON streams are decoded: by default on the thread that reads the
     * stream; with an executor, batches of lines are decoded ahead on its threads (at most
     * {@value NdjsonReader#BATCHES_AHEAD} batches per stream), while the reading thread takes the
     * entities in order, so that a stream is read on several cores. Entities, warnings and bad lines
     * come as they would without it, and the {@link NdjsonListener} is called on the reading thread
     * only. A batch no thread has started when the reading thread needs it, or that the executor
     * refuses, is decoded by the reading thread. The executor is not shut down by this library.
     *
     * @param executor where to decode, such as a fixed pool of one thread per core; null for the
     *     reading thread
     * @return this builder
     */
    public Builder ndjsonExecutor(Executor executor) {
      this.ndjsonExecutor = executor;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the configured instance
     */
    public AldeaJson build() {
      return new AldeaJson(this);
    }
  }
}
