package org.aldea.validation.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aldea.core.id.FamilyId;

/**
 * The sibling links of the children, kept until every child has come ({@link ChildRules}): for
 * each, the child (its id's hash and text, its index, its family) and the sibling it lists at a
 * position (its id's hash and text). Kept in arrays of primitives, in chunks that are never copied
 * as they grow, and the ids' texts as bytes one after the other: about 70 bytes a link, where an
 * object holding the two ids' strings took about 160.
 */
final class SiblingLinks {
  private static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;
  /** The longs of a link: the child's and the sibling's hashes and texts, the child's index, the position. */
  private static final int LONGS = 6;
  private static final int CHILD_HASH = 0;
  private static final int SIBLING_HASH = 1;
  private static final int CHILD_TEXT = 2;
  private static final int SIBLING_TEXT = 3;
  private static final int ORDINAL = 4;
  private static final int POSITION = 5;
  /** Texts' bytes are kept in chunks of this size; an id (at most 64 characters) never spans two. */
  private static final int TEXT_CHUNK = 1 << 16;

  private final List<long[]> values = new ArrayList<>();
  private final List<FamilyId[]> families = new ArrayList<>();
  private final List<byte[]> texts = new ArrayList<>();
  private int size;
  /** Where the next text goes in the last chunk of texts. */
  private int textEnd = TEXT_CHUNK;

  /**
   * Keeps an id's text and returns where it is. Ids are ASCII (the model allows {@code [A-Za-z0-9._-]},
   * at most 64 characters), so a byte a character.
   */
  long text(String id) {
    int length = id.length();
    if (length > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("an id has at most 64 characters");
    }
    if (textEnd + 1 + length > TEXT_CHUNK) {
      texts.add(new byte[TEXT_CHUNK]);
      textEnd = 0;
    }
    byte[] chunk = texts.get(texts.size() - 1);
    long at = (long) (texts.size() - 1) * TEXT_CHUNK + textEnd;
    chunk[textEnd] = (byte) length;
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      if (c > 0x7F) {
        throw new IllegalArgumentException("an id is ASCII");
      }
      chunk[textEnd + 1 + i] = (byte) c;
    }
    textEnd += 1 + length;
    return at;
  }

  /**
   * Adds a link.
   *
   * @param child where the child's id is ({@link #text})
   * @param childHash its hash
   * @param sibling where the sibling's id is
   * @param siblingHash its hash
   * @param ordinal the child's index among the children
   * @param position the sibling's position in the child's list
   * @param family the family the child lives in, or null
   */
  void add(long child, long childHash, long sibling, long siblingHash, long ordinal, int position, FamilyId family) {
    int index = size & (CHUNK - 1);
    if (index == 0) {
      values.add(new long[CHUNK * LONGS]);
      families.add(new FamilyId[CHUNK]);
    }
    long[] chunk = values.get(values.size() - 1);
    int at = index * LONGS;
    chunk[at + CHILD_HASH] = childHash;
    chunk[at + SIBLING_HASH] = siblingHash;
    chunk[at + CHILD_TEXT] = child;
    chunk[at + SIBLING_TEXT] = sibling;
    chunk[at + ORDINAL] = ordinal;
    chunk[at + POSITION] = position;
    families.get(families.size() - 1)[index] = family;
    size++;
  }

  /** {@return how many links there are} */
  int size() {
    return size;
  }

  long childHash(int link) {
    return value(link, CHILD_HASH);
  }

  long siblingHash(int link) {
    return value(link, SIBLING_HASH);
  }

  long ordinal(int link) {
    return value(link, ORDINAL);
  }

  int position(int link) {
    return (int) value(link, POSITION);
  }

  /** {@return the family the child of a link lives in, or null} */
  FamilyId family(int link) {
    return families.get(link >>> CHUNK_BITS)[link & (CHUNK - 1)];
  }

  /** {@return the id of the child of a link} */
  String child(int link) {
    return textAt(value(link, CHILD_TEXT));
  }

  /** {@return the id of the sibling a link names} */
  String sibling(int link) {
    return textAt(value(link, SIBLING_TEXT));
  }

  private long value(int link, int field) {
    return values.get(link >>> CHUNK_BITS)[(link & (CHUNK - 1)) * LONGS + field];
  }

  private String textAt(long at) {
    byte[] chunk = texts.get((int) (at / TEXT_CHUNK));
    int start = (int) (at % TEXT_CHUNK);
    return new String(chunk, start + 1, chunk[start], StandardCharsets.US_ASCII);
  }
}
