package org.aldea.fuzz;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.aldea.json.AldeaJson;
import org.aldea.json.Decoded;
import org.aldea.json.JsonDecodingException;

/** The invariants every fuzz target checks, stated once. */
final class Invariants {
  /** The tolerant reader, as most users have it. */
  static final AldeaJson JSON = AldeaJson.create();
  /** The strict reader. */
  static final AldeaJson STRICT = AldeaJson.builder().strict(true).build();

  private Invariants() {}

  /**
   * A refusal says where: a real line and column, and a JSON pointer; and it is a refusal of the
   * input, not a defect of the reader caught on its way out.
   */
  static void assertWellFormed(JsonDecodingException refusal) {
    if (refusal.line() < 1 || refusal.column() < 1) {
      throw new AssertionError("a refusal without a position: " + refusal.getMessage(), refusal);
    }
    if (!refusal.pointer().isEmpty() && !refusal.pointer().startsWith("/")) {
      throw new AssertionError("not a JSON pointer: " + refusal.getMessage(), refusal);
    }
    if (refusal.reason().startsWith("could not be decoded")) {
      throw new AssertionError("a defect of the reader: " + refusal.getMessage(), refusal);
    }
  }

  /**
   * Decodes bytes as a value of a type, checking that a refusal is well formed; returns null for a
   * refusal. Any other exception escapes, and is a finding.
   */
  static <T> Decoded<T> decode(AldeaJson json, byte[] bytes, Class<T> type) {
    try {
      return json.decode(new ByteArrayInputStream(bytes), type);
    } catch (JsonDecodingException refusal) {
      assertWellFormed(refusal);
      return null;
    }
  }

  /** What decodes is written canonically, reads back equal, and is written again byte for byte. */
  static <T> void assertRoundTrip(T value, Class<T> type) {
    byte[] canonical = JSON.encode(value).getBytes(StandardCharsets.UTF_8);
    T again = STRICT.decode(new ByteArrayInputStream(canonical), type).value();
    if (!again.equals(value)) {
      throw new AssertionError("decode(encode(x)) differs from x: " + new String(canonical, StandardCharsets.UTF_8));
    }
    byte[] twice = JSON.encode(again).getBytes(StandardCharsets.UTF_8);
    if (!Arrays.equals(canonical, twice)) {
      throw new AssertionError("encoding is not canonical: " + new String(canonical, StandardCharsets.UTF_8));
    }
  }
}
