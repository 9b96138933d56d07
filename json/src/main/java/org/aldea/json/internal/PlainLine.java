package org.aldea.json.internal;

import java.nio.charset.StandardCharsets;
import org.aldea.core.value.PartialDate;

/**
 * The bytes of a line that {@link PlainReader} reads: JSON's tokens as plain writers write them,
 * and where the reader is. Each method reads a token, the reader on its first byte, and leaves the
 * reader after it, or throws {@link #GIVE_UP} at anything else; the methods that test for a token
 * leave the reader where it is if it is not there.
 */
final class PlainLine {
  /** Thrown, without a trace, to give up on a line. */
  static final RuntimeException GIVE_UP = new RuntimeException("not plain", null, false, false) {};

  /** A string longer than this is left to Jackson, which holds strings to their limit. */
  private static final int LONGEST_STRING = 1_000;
  /** Whole numbers of up to this many digits fit a long. */
  private static final int MOST_DIGITS = 18;
  /** The longest decimal read: a double's shortest form, with its sign, point and exponent; under Jackson's cap. */
  private static final int LONGEST_DECIMAL = 32;
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private byte[] in;
  /** Where the reader is. */
  private int at;
  private int end;

  /** Starts reading a line, which ends at its first line feed or at {@code to}. */
  void start(byte[] bytes, int from, int to) {
    in = bytes;
    at = from;
    end = to;
  }

  /** Lets go of the line's bytes; the reader stays where it is. */
  void release() {
    in = null;
  }

  /** {@return where the reader is} */
  int position() {
    return at;
  }

  /** {@return whether the reader is at the end of the line: its line feed, or the end of the range} */
  boolean atLineEnd() {
    return at == end || in[at] == '\n';
  }

  /** Reads a byte if the reader is on it. */
  boolean consume(char c) {
    if (peek() != c) {
      return false;
    }
    at++;
    return true;
  }

  /**
   * Reads a plain string, the reader on its opening quote: printable ASCII, whose bytes are its
   * characters, without escapes.
   */
  String string() {
    int start = at + 1;
    int close = skipString();
    return new String(in, start, close - start, StandardCharsets.ISO_8859_1);
  }

  /** Reads past a plain string, as {@link #string()} reads it, and returns where its closing quote is. */
  int skipString() {
    expect('"');
    int last = Math.min(end, at + LONGEST_STRING);
    for (int i = at; i < last; i++) {
      byte b = in[i];
      if (b == '"') {
        at = i + 1;
        return i;
      }
      // A byte over 0x7f is negative.
      if (b < 0x20 || b == 0x7f || b == '\\') {
        throw GIVE_UP;
      }
    }
    throw GIVE_UP;
  }

  /**
   * Reads a partial date in quotes, as {@link PartialDate#parse} reads its text: {@code YYYY},
   * {@code YYYY-MM} or {@code YYYY-MM-DD} in ASCII digits, with no string made. A month or day out
   * of range is the model's to refuse.
   */
  PartialDate date() {
    expect('"');
    int year = exactDigits(4);
    if (consume('"')) {
      return PartialDate.ofYear(year);
    }
    expect('-');
    int month = exactDigits(2);
    if (consume('"')) {
      return PartialDate.ofMonth(year, month);
    }
    expect('-');
    int day = exactDigits(2);
    expect('"');
    return PartialDate.ofDay(year, month, day);
  }

  /** Reads exactly so many ASCII digits, as a number. */
  private int exactDigits(int count) {
    if (end - at < count) {
      throw GIVE_UP;
    }
    int value = 0;
    for (int i = at; i < at + count; i++) {
      byte b = in[i];
      if (b < '0' || b > '9') {
        throw GIVE_UP;
      }
      value = value * 10 + (b - '0');
    }
    at += count;
    return value;
  }

  /** Puts the reader where {@link #position()} said it was. */
  void seek(int position) {
    at = position;
  }

  /**
   * Reads a string if it is these bytes, in quotes: a name, code or tag of the format, which is
   * ASCII without quotes or escapes. Returns false, leaving the reader where it is, otherwise.
   */
  boolean quoted(byte[] text) {
    int length = text.length;
    if (end - at < length + 2 || in[at] != '"' || in[at + length + 1] != '"' || !same(text, at + 1)) {
      return false;
    }
    at += length + 2;
    return true;
  }

  /**
   * Reads a string if it is one of these, in quotes, and returns which; -1, leaving the reader
   * where it is, otherwise. The string's length is found once, and only candidates of that length
   * compared.
   */
  int oneOf(byte[][] candidates) {
    if (peek() != '"') {
      return -1;
    }
    int start = at + 1;
    int close = start;
    while (close < end && in[close] != '"') {
      close++;
    }
    if (close == end) {
      return -1;
    }
    int length = close - start;
    for (int i = 0; i < candidates.length; i++) {
      byte[] candidate = candidates[i];
      if (candidate.length == length && same(candidate, start)) {
        at = close + 1;
        return i;
      }
    }
    return -1;
  }

  /** Whether the input has these bytes where it says. */
  private boolean same(byte[] bytes, int from) {
    for (int i = 0; i < bytes.length; i++) {
      if (in[from + i] != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads a whole number written plainly: an optional minus, then 0 or digits not starting with 0. */
  long whole(long min, long max) {
    boolean negative = peek() == '-';
    if (negative) {
      at++;
    }
    int start = at;
    long value = 0;
    while (at < end && in[at] >= '0' && in[at] <= '9') {
      value = value * 10 + (in[at++] - '0');
    }
    int digits = at - start;
    if (digits == 0 || digits > MOST_DIGITS || digits > 1 && in[start] == '0') {
      throw GIVE_UP;
    }
    value = negative ? -value : value;
    if (value < min || value > max) {
      throw GIVE_UP;
    }
    return value;
  }

  /** Reads true or false, told apart by their first byte. */
  boolean flag() {
    boolean value = peek() == 't';
    if (!literal(value ? TRUE : FALSE)) {
      throw GIVE_UP;
    }
    return value;
  }

  /**
   * Reads null if the reader is on it. Its first byte tested here, small enough for the client
   * compiler to inline: it is asked before every value, and mostly is not null.
   */
  boolean isNull() {
    return peek() == 'n' && literal(NULL);
  }

  /** Reads a literal if the reader is on it; whatever follows it is the caller's to check. */
  private boolean literal(byte[] word) {
    if (end - at < word.length || in[at] != word[0]) {
      return false;
    }
    for (int i = 1; i < word.length; i++) {
      if (in[at + i] != word[i]) {
        return false;
      }
    }
    at += word.length;
    return true;
  }

  /**
   * Reads a number written plainly and returns its text: an optional minus, 0 or digits not
   * starting with 0, a fraction, and, if allowed, an exponent; no longer than {@value
   * #LONGEST_DECIMAL} characters. Java's {@code BigDecimal} and {@code Double.parseDouble} read it
   * as Jackson does, which calls them.
   */
  String number(boolean exponent) {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    int digits = digits();
    if (digits == 0 || digits > 1 && in[at - digits] == '0') {
      throw GIVE_UP;
    }
    if (peek() == '.') {
      at++;
      if (digits() == 0) {
        throw GIVE_UP;
      }
    }
    if (exponent && (peek() == 'e' || peek() == 'E')) {
      at++;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      if (digits() == 0) {
        throw GIVE_UP;
      }
    }
    // Jackson reads -0 as the whole number 0, whose double is 0.0, not -0.0.
    if (at - start > LONGEST_DECIMAL || at - start == 2 && in[start] == '-' && in[start + 1] == '0') {
      throw GIVE_UP;
    }
    return new String(in, start, at - start, StandardCharsets.ISO_8859_1);
  }

  private int digits() {
    int start = at;
    while (at < end && in[at] >= '0' && in[at] <= '9') {
      at++;
    }
    return at - start;
  }

  /** Reads the colon after a name, with the space around it. */
  void colon() {
    if (at < end && in[at] == ':') {
      at++;
    } else {
      skipSpace();
      expect(':');
    }
    skipSpace();
  }

  /** Reads the space after a value, then a comma, true, or the closing bracket, false. */
  boolean separator(char closing) {
    skipSpace();
    byte b = peek();
    at++;
    if (b == ',') {
      return true;
    }
    if (b == closing) {
      return false;
    }
    throw GIVE_UP;
  }

  void expect(char c) {
    if (peek() != c) {
      throw GIVE_UP;
    }
    at++;
  }

  /** The byte the reader is on, or 0 at the end of the line, which no caller expects. */
  byte peek() {
    return at < end ? in[at] : 0;
  }

  /**
   * Skips JSON's white space but the line feed, which ends a line. Plain lines mostly have none:
   * this much is small enough for the client compiler to inline.
   */
  void skipSpace() {
    if (at >= end || in[at] <= ' ') {
      skipSomeSpace();
    }
  }

  private void skipSomeSpace() {
    while (at < end) {
      byte b = in[at];
      if (b != ' ' && b != '\t' && b != '\r') {
        return;
      }
      at++;
    }
  }
}
