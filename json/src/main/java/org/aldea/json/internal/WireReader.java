package org.aldea.json.internal;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.aldea.json.DecodeWarning;
import org.aldea.json.JsonDecodingException;
import tools.jackson.core.JsonPointer;

/**
 * Reads the exchange format from a Jackson parser, one token at a time, reporting every problem as a
 * {@link JsonDecodingException} with the JSON pointer, line and column of the offending value.
 *
 * <p>Each {@code read...} method starts with the parser on the first token of its value and leaves
 * it on the last token of that value. {@code null} stands for an absent optional property; for a
 * required one it is an error. Properties this version does not know are reported to the warning
 * consumer, or refused in strict mode. The document and the NDJSON header are read here; the
 * entities and their parts as the model's description says ({@link ShapeReader}).
 */
public final class WireReader {
  /**
   * The schema versions this reader accepts: any minor version of major 1, the minor written in
   * decimal without leading zeros.
   */
  public static final Pattern SUPPORTED_VERSION = Pattern.compile("1\\.(0|[1-9][0-9]{0,3})");

  private final Cursor cursor;
  private final ShapeReader shapes;

  /**
   * Creates a reader.
   *
   * @param parser the parser, positioned before or on the first token of the value to read
   * @param strict whether unknown properties are refused rather than reported as warnings
   * @param limits the caps on properties
   * @param warnings receives a warning for every unknown property, in non-strict mode
   */
  public WireReader(tools.jackson.core.JsonParser parser, boolean strict, Limits limits,
      Consumer<DecodeWarning> warnings) {
    this.cursor = new Cursor(parser, strict, limits, warnings);
    this.shapes = new ShapeReader(cursor);
  }

  /**
   * The caps on the properties a reader accepts, so that time and memory stay proportional to the
   * input whatever its shape.
   *
   * @param perObject the most properties in one object
   * @param unknown the most unknown properties in one value read (each keeps a warning)
   */
  public record Limits(int perObject, int unknown) {}

  /** Moves to the first token of the input and fails, where the input ends, if there is none. */
  public WireReader start() {
    if (cursor.parser.currentToken() == null && cursor.parser.nextToken() == null) {
      throw Cursor.failure(JsonPointer.empty(), cursor.parser.currentLocation(), "the input is empty");
    }
    return this;
  }

  /**
   * Moves to the first token of the next value of a sequence that one parser reads, the parser on
   * that token or before it; the cap on unknown properties counts afresh for each value.
   */
  public WireReader startNext() {
    cursor.startValue();
    return start();
  }

  /** {@return the offset in the parser's input of the current token's first byte} */
  public long tokenOffset() {
    return cursor.tokenOffset();
  }

  /** Checks that nothing but white space follows the value just read. */
  public void end() {
    if (cursor.parser.nextToken() != null) {
      throw cursor.failure("", "unexpected content after the end of the value");
    }
  }

  /**
   * Reads a value of any type of the model that has a wire form ({@link WireTypes}): the document,
   * an entity, or one of their parts.
   *
   * @throws IllegalArgumentException if the type has no wire form
   */
  public <T> T read(Class<T> type) {
    if (type == Dataset.class) {
      return type.cast(dataset());
    }
    ShapeReader.Read read = ShapeReader.standalone(type);
    if (read == null) {
      throw new IllegalArgumentException("not a type of the Aldea model with a wire form: " + type.getName());
    }
    return type.cast(read.read(shapes));
  }

  /** Reads an exchange document. */
  public Dataset dataset() {
    Cursor.Obj object = cursor.begin("a document");
    Dataset.Builder dataset = Dataset.builder();
    boolean versioned = false;
    while (object.next()) {
      if (object.name.equals("schemaVersion")) {
        version();
        versioned = true;
      } else if (object.name.equals("$schema")) {
        // Where an editor finds the schema: allowed, and not part of the data.
        cursor.string();
      } else {
        EntityKind<?> kind = EntityKind.byWireName(object.name).orElse(null);
        if (kind == null) {
          object.unknown();
        } else {
          entities(kind, dataset);
        }
      }
    }
    if (!versioned) {
      throw object.missing("schemaVersion is required");
    }
    return object.build(dataset::build);
  }

  private <T> void entities(EntityKind<T> kind, Dataset.Builder dataset) {
    cursor.array(() -> kind.addTo(dataset, shapes.object(kind.shape())));
  }

  private String version() {
    String version = cursor.string();
    if (!SUPPORTED_VERSION.matcher(version).matches()) {
      throw cursor.failure(cursor.pointer(), "unsupported schema version; this reader supports 1.x");
    }
    return version;
  }

  /**
   * Reads the header line of an NDJSON stream: its schema version and kind.
   *
   * @param kindProblem says what is wrong with a kind, or null if it is accepted
   */
  public String[] ndjsonHeader(Function<String, String> kindProblem) {
    Cursor.Obj object = cursor.begin("an NDJSON header");
    String version = null;
    String kind = null;
    while (object.next()) {
      if (object.name.equals("schemaVersion")) {
        version = version();
      } else if (object.name.equals("kind")) {
        kind = cursor.string();
        String problem = kindProblem.apply(kind);
        if (problem != null) {
          throw cursor.failure(cursor.pointer(), problem);
        }
      } else {
        object.unknown();
      }
    }
    if (version == null && kind == null) {
      throw object.missing("the stream has no header line: its first line that is not blank must be"
          + " {\"schemaVersion\": \"1.0\", \"kind\": ...}");
    }
    if (version == null) {
      throw object.missing("schemaVersion is required");
    }
    if (kind == null) {
      throw object.missing("kind is required");
    }
    return new String[] {version, kind};
  }
}
