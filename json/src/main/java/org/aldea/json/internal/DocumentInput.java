package org.aldea.json.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * A document's bytes on their way to the parser. It refuses input that is not UTF-8 before Jackson
 * could guess another encoding from its first bytes ({@link Utf8Start}), stops at the document
 * limit, and remembers the failures of the underlying stream, so that they are told apart from
 * content errors: only those are I/O errors for the caller.
 *
 * <p>Refusals are thrown as {@link Refusal}, an {@link IOException} that the parser wraps and
 * {@link Failures} unwraps.
 */
public final class DocumentInput extends InputStream {
  private final InputStream in;
  private final long limit;
  /** The first bytes, held back until they are checked; null once they are served. */
  private byte[] head;
  private boolean started;
  private int headRead;
  private int headLength;
  private long count;
  private IOException failure;

  /**
   * Wraps a stream.
   *
   * @param in the document's bytes; not closed by this stream
   * @param limit the largest document accepted, in bytes
   */
  public DocumentInput(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** {@return whether a throwable is a failure of the underlying stream, seen through this one} */
  boolean isSourceFailure(Throwable thrown) {
    return thrown != null && thrown == failure;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int read = read(one, 0, 1);
    return read < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!started) {
      started = true;
      readHead();
    }
    if (head != null) {
      int served = Math.min(length, headLength - headRead);
      System.arraycopy(head, headRead, buffer, offset, served);
      headRead += served;
      if (headRead == headLength) {
        head = null;
      }
      return served == 0 ? -1 : served;
    }
    if (count >= limit) {
      if (source(() -> in.read()) < 0) {
        return -1;
      }
      throw new Refusal("document over the limit of " + limit + " bytes", 0, 0);
    }
    int read = source(() -> in.read(buffer, offset, (int) Math.min(length, limit - count)));
    if (read > 0) {
      count += read;
    }
    return read;
  }

  /** Reads and checks the first bytes (fewer only at the end of the input). */
  private void readHead() throws IOException {
    byte[] bytes = new byte[(int) Math.min(Utf8Start.LENGTH, limit)];
    int length = 0;
    while (length < bytes.length) {
      int offset = length;
      int read = source(() -> in.read(bytes, offset, bytes.length - offset));
      if (read < 0) {
        break;
      }
      length += read;
    }
    count = length;
    int offending = Utf8Start.offending(bytes, 0, length);
    if (offending >= 0) {
      throw new Refusal(Utf8Start.reason(bytes, offending), Utf8Start.line(bytes, 0, offending), Utf8Start.column(bytes, 0, offending));
    }
    head = bytes;
    headLength = length;
  }

  private interface Read {
    int read() throws IOException;
  }

  private int source(Read read) throws IOException {
    try {
      return read.read();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  /**
   * Input refused for its content while it was being read, with the line and column where it
   * happened (0 if the parser must tell).
   */
  public static final class Refusal extends IOException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line, or 0. */
    final long line;
    /** The 1-based column, or 0. */
    final long column;

    Refusal(String reason, long line, long column) {
      super(reason);
      this.line = line;
      this.column = column;
    }
  }
}
