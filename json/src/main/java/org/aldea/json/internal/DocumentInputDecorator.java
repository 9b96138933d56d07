package org.aldea.json.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.io.InputDecorator;

/**
 * Puts a factory's byte input through {@link DocumentInput}, as Aldea's own reader does: a byte
 * order mark, or first bytes from which Jackson would guess another encoding than UTF-8, are
 * refused where they are, and the document limit counts bytes. Text input is left as it is (a byte
 * order mark there is a character Jackson refuses). A decorator the factory had already is kept,
 * nearer the source.
 */
public final class DocumentInputDecorator extends InputDecorator {
  private static final long serialVersionUID = 1L;

  private final InputDecorator next;
  private final long limit;

  /**
   * Creates the decorator.
   *
   * @param next the factory's own decorator, or null
   * @param limit the largest document accepted, in bytes
   */
  public DocumentInputDecorator(InputDecorator next, long limit) {
    this.next = next;
    this.limit = limit;
  }

  @Override
  public InputStream decorate(IOContext context, InputStream in) {
    return new DocumentInput(next == null ? in : next.decorate(context, in), limit);
  }

  @Override
  public InputStream decorate(IOContext context, byte[] source, int offset, int length) {
    InputStream in = next == null ? new ByteArrayInputStream(source, offset, length)
        : next.decorate(context, source, offset, length);
    return new DocumentInput(in, limit);
  }

  @Override
  public Reader decorate(IOContext context, Reader reader) {
    return next == null ? reader : next.decorate(context, reader);
  }
}
