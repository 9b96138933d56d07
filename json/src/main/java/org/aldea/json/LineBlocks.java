package org.aldea.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * An NDJSON input read in blocks of whole lines, straight into the arrays that hold them, so that
 * the reading thread looks at few of their bytes: only back from a block's end to its last line
 * break. Memory is bounded by the block size and the line limit: a line longer than a block grows
 * its block, up to the limit; the bytes of a line over it are not kept. Which lines a block holds
 * is for its reader to find ({@link #lineEnd}, {@link #isBlank}).
 *
 * <p>Only {@link #recycle} may be called from other threads than the one that reads.
 */
final class LineBlocks implements Closeable {
  /** Whole lines, the last ending with its break; or a line over the limit, none of whose bytes were kept. */
  static final class Block {
    /** Holds the block's bytes; give it back to {@link LineBlocks#recycle} once read. */
    byte[] content;
    /** How many bytes of the content are the block's. */
    int bytes;
    boolean overLimit;
  }

  private final InputStream in;
  private final int blockBytes;
  private final int maxLineBytes;
  /** The size of a block's array unless a long line grows it: room to read past the block size. */
  private final int usualContent;
  /** Arrays of the usual size given back once their blocks are read, for the next blocks. */
  private final ArrayBlockingQueue<byte[]> spares;
  /** What was read of the input but is in no block yet: the start of a line whose break has not come. */
  private byte[] carry = new byte[256];
  private int carryLength;
  private boolean endOfInput;

  /**
   * Reads an input.
   *
   * @param in the input
   * @param blockBytes the size at which a block is cut, after its last line break
   * @param maxLineBytes the longest line kept
   * @param spareCount how many arrays to keep for reuse: as many as there are blocks at once
   */
  LineBlocks(InputStream in, int blockBytes, int maxLineBytes, int spareCount) {
    this.in = in;
    this.blockBytes = blockBytes;
    this.maxLineBytes = maxLineBytes;
    this.usualContent = blockBytes + 1024;
    this.spares = new ArrayBlockingQueue<>(spareCount);
  }

  /** {@return whether every byte of the input is in a block} */
  boolean exhausted() {
    return endOfInput && carryLength == 0;
  }

  /** Gives a block's array back for the next blocks; safe on any thread. */
  void recycle(byte[] content) {
    if (content.length == usualContent) {
      spares.offer(content);
    }
  }

  /**
   * Reads the next block: whole lines of about the block size, read straight into the block and cut
   * after the last line break; a line over the limit is a block of its own, with none of its bytes,
   * which are skipped up to its break. At the end of the input, the block is empty.
   */
  Block next() {
    Block block = new Block();
    byte[] content = spares.poll();
    if (content == null) {
      content = new byte[usualContent];
    }
    if (carryLength + 1 > content.length) {
      content = new byte[carryLength + blockBytes];
    }
    System.arraycopy(carry, 0, content, 0, carryLength);
    int filled = carryLength;
    carryLength = 0;
    int lastBreak = lastBreak(content, 0, filled);
    while (!endOfInput && filled - (lastBreak + 1) <= maxLineBytes && (filled < blockBytes || lastBreak < 0)) {
      if (filled == content.length) {
        content = Arrays.copyOf(content, content.length * 2);
      }
      int read = read(content, filled, content.length - filled);
      if (read < 0) {
        endOfInput = true;
        break;
      }
      int found = lastBreak(content, filled, filled + read);
      if (found >= 0) {
        lastBreak = found;
      }
      filled += read;
    }
    block.content = content;
    if (filled - (lastBreak + 1) > maxLineBytes) {
      if (lastBreak < 0) {
        block.overLimit = true;
        skipLine(content);
        return block;
      }
      unread(content, lastBreak + 1, filled); // the long line comes next, as a block of its own
      block.bytes = lastBreak + 1;
    } else if (endOfInput) {
      if (filled > 0 && content[filled - 1] != '\n') {
        if (filled == content.length) {
          content = Arrays.copyOf(content, filled + 1);
          block.content = content;
        }
        content[filled++] = '\n'; // the last line, without its break
      }
      block.bytes = filled;
    } else {
      unread(content, lastBreak + 1, filled);
      block.bytes = lastBreak + 1;
    }
    return block;
  }

  /** Skips the rest of a line over the limit, up to its break; what follows goes back to the input. */
  private void skipLine(byte[] scratch) {
    while (true) {
      int read = read(scratch, 0, scratch.length);
      if (read < 0) {
        endOfInput = true;
        return;
      }
      int found = lineEnd(scratch, 0, read);
      if (found < read) {
        unread(scratch, found + 1, read);
        return;
      }
    }
  }

  /** Puts bytes back before what was read but is in no block yet. */
  void unread(byte[] bytes, int from, int to) {
    int count = to - from;
    if (carryLength + count > carry.length) {
      carry = Arrays.copyOf(carry, Math.max(carryLength + count, carry.length * 2));
    }
    System.arraycopy(carry, 0, carry, count, carryLength);
    System.arraycopy(bytes, from, carry, 0, count);
    carryLength += count;
  }

  private int read(byte[] into, int offset, int length) {
    try {
      int read = in.read(into, offset, length);
      while (read == 0) {
        read = in.read(into, offset, length);
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The position of the last line feed in a range, or -1. */
  private static int lastBreak(byte[] bytes, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The position of the first line feed in a range, or its end. */
  static int lineEnd(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  /** Whether a line holds JSON's white space only. */
  static boolean isBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
