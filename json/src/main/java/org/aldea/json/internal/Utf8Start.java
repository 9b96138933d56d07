package org.aldea.json.internal;

/**
 * The check that input is UTF-8 without a byte order mark (RFC 8259, section 8.1) before Jackson
 * sees it. Jackson guesses the encoding from the first four bytes: a NUL byte among them, or a byte
 * order mark of UTF-16 or UTF-32, makes it read UTF-16 or UTF-32, and it skips a UTF-8 byte order
 * mark. None of them can begin the format's JSON text (a NUL byte is never allowed, {@code FE} and
 * {@code FF} are never UTF-8, and the format forbids the UTF-8 mark, which JSON parsers of other
 * languages refuse), so such input is refused at the first such byte; every later byte is judged by
 * Jackson's UTF-8 parser.
 */
final class Utf8Start {
  /** How many first bytes decide. */
  static final int LENGTH = 4;
  /** The reason given for input that is not UTF-8. */
  static final String NOT_UTF8 = "invalid character encoding: the input must be UTF-8";
  /** The reason given for input that starts with a byte order mark. */
  static final String BYTE_ORDER_MARK = "the input starts with a byte order mark; it must be UTF-8 without one";

  private Utf8Start() {}

  /** Returns the index of the first byte that would make Jackson guess another encoding, or -1. */
  static int offending(byte[] bytes, int offset, int length) {
    int end = offset + Math.min(length, LENGTH);
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0 || (i == offset && (b == 0xfe || b == 0xff || isUtf8ByteOrderMark(bytes, offset, length)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isUtf8ByteOrderMark(byte[] bytes, int offset, int length) {
    return length >= 3 && (bytes[offset] & 0xff) == 0xef && (bytes[offset + 1] & 0xff) == 0xbb
        && (bytes[offset + 2] & 0xff) == 0xbf;
  }

  /** Returns the reason for refusing the input at an {@linkplain #offending offending} byte. */
  static String reason(byte[] bytes, int index) {
    return bytes[index] == 0 ? NOT_UTF8 : BYTE_ORDER_MARK;
  }

  /** Returns the 1-based line of a byte, counting line breaks as Jackson does. */
  static long line(byte[] bytes, int offset, int index) {
    long line = 1;
    for (int i = offset; i < index; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= index || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** Returns the 1-based column of a byte on its line. */
  static long column(byte[] bytes, int offset, int index) {
    int start = index;
    while (start > offset && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') {
      start--;
    }
    return index - start + 1;
  }
}
