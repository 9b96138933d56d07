package org.aldea.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.json.JsonDecodingException;
import org.aldea.json.NdjsonListener;
import org.aldea.json.NdjsonReader;

/**
 * Fuzzes NDJSON reading: the input as a whole stream, and the input as lines between two good ones,
 * which a tolerant reader must never lose.
 */
class NdjsonFuzzTest {
  private static final String HEADER = "{\"schemaVersion\":\"1.0\",\"kind\":\"children\"}\n";
  private static final String FIRST =
      "{\"id\":\"first\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2015\"},\"education\":\"primary_school\"}";
  private static final String LAST = FIRST.replace("first", "last");

  /** Records bad lines, checking each is well formed. */
  private static final class Tolerant implements NdjsonListener {
    final List<Long> lines = new ArrayList<>();

    @Override
    public void onBadLine(JsonDecodingException error) {
      Invariants.assertWellFormed(error);
      lines.add(error.line());
    }
  }

  @FuzzTest
  void readNdjson(byte[] input) {
    Tolerant listener = new Tolerant();
    try (NdjsonReader<?> reader = Invariants.JSON.readNdjson(new ByteArrayInputStream(input), listener)) {
      reader.forEachRemaining(entity -> { });
    } catch (JsonDecodingException badHeader) {
      Invariants.assertWellFormed(badHeader);
    }

    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes((HEADER + FIRST + "\n").getBytes(StandardCharsets.UTF_8));
    stream.writeBytes(input);
    stream.writeBytes(("\n" + LAST + "\n").getBytes(StandardCharsets.UTF_8));
    long inputLines = 1 + input.length - new String(input, StandardCharsets.ISO_8859_1).replace("\n", "").length();
    Tolerant around = new Tolerant();
    List<Child> read = new ArrayList<>();
    try (NdjsonReader<Child> reader = Invariants.JSON.readNdjson(new ByteArrayInputStream(stream.toByteArray()),
        EntityKind.CHILDREN, around)) {
      reader.forEachRemaining(read::add);
    }
    if (read.isEmpty() || !read.get(0).id().value().equals("first") || !read.get(read.size() - 1).id().value().equals("last")) {
      throw new AssertionError("a tolerant reader lost a good line");
    }
    for (long line : around.lines) {
      if (line < 3 || line > 2 + inputLines) {
        throw new AssertionError("a bad line reported at line " + line + ", outside the input's lines");
      }
    }
  }
}
