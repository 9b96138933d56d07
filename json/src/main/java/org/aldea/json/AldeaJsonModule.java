package org.aldea.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.aldea.core.model.Dataset;
import org.aldea.json.internal.Failures;
import org.aldea.json.internal.WireReader;
import org.aldea.json.internal.WireTypes;
import org.aldea.json.internal.WireWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for every type of Aldea's model that has a wire form: the document
 * ({@link Dataset}), the seven entities, their parts, the value types and the ids. It writes the
 * canonical exchange format and reads it with the checks of {@link AldeaJson}.
 *
 * <p>It is found by {@code JsonMapper.builder().findAndAddModules()} (through {@code module-info}
 * and {@code META-INF/services}), or added by hand with {@code addModule(new AldeaJsonModule())}.
 * In a mapper of your own, properties this version does not know are refused when
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is enabled and silently ignored
 * otherwise; malformed values, and malformed JSON inside them, throw {@link JsonDecodingException}
 * (a Jackson exception), whose message never repeats the input. The caps on properties of
 * {@link AldeaJson}'s defaults apply. To receive the warnings of what was ignored, read a
 * {@link Decoded} of the type, such as {@code Decoded<Dataset>}: the module reads it too. Apply
 * Aldea's input limits to your mapper with {@link AldeaJson#withLimits}; for NDJSON, use
 * {@link AldeaJson}.
 */
public final class AldeaJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The types the module reads and writes: every type of the model with a wire form. */
  static final Set<Class<?>> TYPES = WireTypes.all();

  /** Creates the module. */
  public AldeaJsonModule() {
    this(new WireReader.Limits(AldeaJson.DEFAULT_MAX_PROPERTIES_PER_OBJECT, AldeaJson.DEFAULT_MAX_UNKNOWN_PROPERTIES));
  }

  /** Creates the module with an {@link AldeaJson}'s caps on properties. */
  AldeaJsonModule(WireReader.Limits limits) {
    super("aldea", Version.unknownVersion());
    TYPES.forEach(type -> register(type, limits));
    addDeserializer(Decoded.class, new DecodedReader(null, limits));
  }

  private <T> void register(Class<T> type, WireReader.Limits limits) {
    addSerializer(type, new Writer<>(type));
    addDeserializer(type, new Reader<>(type, limits));
  }

  /** Writes one type through the canonical writer. */
  private static final class Writer<T> extends ValueSerializer<T> {
    private final Class<T> type;

    Writer(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      new WireWriter(generator).any(value);
    }
  }

  /** Reads one type through the checking reader. */
  private static final class Reader<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final WireReader.Limits limits;

    Reader(Class<T> type, WireReader.Limits limits) {
      this.type = type;
      this.limits = limits;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      return read(type, parser, context, limits, warning -> { });
    }
  }

  /**
   * Reads a {@code Decoded<T>}: the value as {@link Reader} does, with the warnings of what was
   * ignored. The type it reads is the declared type's parameter, known once the mapper asks for a
   * contextual reader.
   */
  @SuppressWarnings("rawtypes")
  private static final class DecodedReader extends ValueDeserializer<Decoded> {
    private final Class<?> type;
    private final WireReader.Limits limits;

    DecodedReader(Class<?> type, WireReader.Limits limits) {
      this.type = type;
      this.limits = limits;
    }

    @Override
    public Class<?> handledType() {
      return Decoded.class;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
      JavaType declared = property == null ? context.getContextualType() : property.getType();
      JavaType value = declared == null ? null : declared.containedType(0);
      if (value == null || !TYPES.contains(value.getRawClass())) {
        return context.reportBadDefinition(declared,
            "Decoded<T> is read for a type of the Aldea model with a wire form, not " + value);
      }
      return new DecodedReader(value.getRawClass(), limits);
    }

    @Override
    public Decoded deserialize(JsonParser parser, DeserializationContext context) {
      List<DecodeWarning> warnings = new ArrayList<>();
      return new Decoded<>(read(type, parser, context, limits, warnings::add), warnings);
    }
  }

  private static <T> T read(Class<T> type, JsonParser parser, DeserializationContext context,
      WireReader.Limits limits, Consumer<DecodeWarning> warnings) {
    boolean strict = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      return new WireReader(parser, strict, limits, warnings).read(type);
    } catch (JsonDecodingException | JacksonIOException e) {
      throw e; // already told without the input; or the mapper's input failed, not its content
    } catch (JacksonException e) {
      // Jackson's messages may quote the input.
      throw Failures.translate(e, parser, null);
    }
  }
}
