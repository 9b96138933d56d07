package org.aldea.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.aldea.core.description.EntityKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds out what an input is: a document, an NDJSON stream of one kind, or a folder of per-kind
 * NDJSON files ({@code children.ndjson}, {@code families.ndjson}...), by its extension, else by its
 * first line (an NDJSON header has a {@code kind} and none of a document's arrays).
 */
final class Sources {
  /** The name that stands for standard input. */
  static final String STDIN = "-";

  /** The forms an input can have. */
  enum Form { DOCUMENT, NDJSON, FOLDER }

  private static final Set<String> DOCUMENT_ARRAYS =
      EntityKind.values().stream().map(EntityKind::wireName).collect(Collectors.toUnmodifiableSet());
  private static final int SNIFF_LIMIT = 1 << 20;

  private Sources() {}

  /**
   * An opened input.
   *
   * @param form what it is
   * @param folder the folder, for {@link Form#FOLDER}
   * @param stream the content from its start, for the other forms
   */
  record Opened(Form form, Path folder, InputStream stream) {}

  /** Opens an input: a path, or {@code -} for standard input. */
  static Opened open(String input, InputStream stdin) throws IOException {
    if (input.equals(STDIN)) {
      BufferedInputStream buffered = new BufferedInputStream(stdin, 1 << 16);
      return new Opened(sniff(buffered), null, buffered);
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      if (EntityKind.values().stream().noneMatch(kind -> Files.isRegularFile(file(path, kind)))) {
        throw new IOException("the folder holds none of " + EntityKind.values().stream()
            .map(kind -> kind.wireName() + ".ndjson").collect(Collectors.joining(", ")));
      }
      return new Opened(Form.FOLDER, path, null);
    }
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(input, null, "no such file or folder");
    }
    BufferedInputStream stream = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    String name = path.getFileName().toString();
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return new Opened(Form.NDJSON, null, stream);
    }
    if (name.endsWith(".json")) {
      return new Opened(Form.DOCUMENT, null, stream);
    }
    return new Opened(sniff(stream), null, stream);
  }

  /** Returns the file of a kind in an NDJSON folder. */
  static Path file(Path folder, EntityKind<?> kind) {
    return folder.resolve(kind.wireName() + ".ndjson");
  }

  private static Form sniff(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_LIMIT + 1);
    ByteArrayOutputStream firstLine = new ByteArrayOutputStream();
    int b;
    boolean newline = false;
    while ((b = in.read()) != -1 && firstLine.size() < SNIFF_LIMIT) {
      if (b == '\n') {
        newline = true;
        break;
      }
      firstLine.write(b);
    }
    in.reset();
    if (!newline) {
      return Form.DOCUMENT;
    }
    return isHeader(firstLine.toByteArray()) ? Form.NDJSON : Form.DOCUMENT;
  }

  /** Whether a first line is an NDJSON header: one object with a kind and none of a document's arrays. */
  private static boolean isHeader(byte[] line) {
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean hasKind = false;
      for (String name = parser.nextName(); name != null; name = parser.nextName()) {
        if (DOCUMENT_ARRAYS.contains(name)) {
          return false;
        }
        hasKind |= name.equals("kind");
        parser.nextToken();
        parser.skipChildren();
      }
      return hasKind && parser.nextToken() == null;
    } catch (JacksonException notOneLine) {
      return false;
    }
  }
}
