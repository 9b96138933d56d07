package org.aldea.validation.internal;

import java.security.SecureRandom;

/**
 * A set of 64-bit hashes of ids in open-addressing arrays of longs: about 11 to 21 bytes per id
 * (8 at a load of 0.75 to 0.375), where a set of strings would take well over a hundred. The table
 * is split into 64 segments that grow one at a time, so that a stream of millions of ids never
 * needs one huge array nor doubles all its memory at once. Used where the ids of a long stream must
 * be remembered. Two distinct ids share a hash with odds of about n²/2<sup>65</sup> (1 in 36
 * million for a million ids).
 */
public final class IdHashes {
  /** The table is split into segments that grow on their own, so that no array is ever huge. */
  private static final int SEGMENT_BITS = 6;

  /** How many hashes {@link #containsAll} looks up together: their first slots stay in the cache. */
  private static final int LOOKUP_BATCH = 256;

  private final long[][] segments = new long[1 << SEGMENT_BITS][];
  private final int[] counts = new int[1 << SEGMENT_BITS];
  private int size;

  /** Creates an empty set. */
  public IdHashes() {
    for (int i = 0; i < segments.length; i++) {
      segments[i] = new long[16];
    }
  }

  /**
   * Where every hash starts: drawn once per process, so that which ids share a slot of a table
   * cannot be known in advance, and input cannot be made of ids that all fall on one slot (which
   * would make each table's probes grow with its size). No result depends on it.
   */
  private static final long SEED = new SecureRandom().nextLong();

  /** Returns the 64-bit hash of an id (never 0, which marks an empty slot). */
  public static long hash(String id) {
    long h = 0xcbf29ce484222325L ^ SEED;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** Returns a well-mixed, non-zero hash of a pair of hashes (a link from one id to another). */
  public static long pair(long from, long to) {
    return mix(from * 0x9E3779B97F4A7C15L + to);
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** Adds a hash; returns false if it was already there. */
  public boolean add(long hash) {
    int segment = segment(hash);
    long[] slots = segments[segment];
    if (counts[segment] * 4 >= slots.length * 3) {
      slots = grow(segment);
    }
    int mask = slots.length - 1;
    int slot = slot(hash, mask);
    while (slots[slot] != 0) {
      if (slots[slot] == hash) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = hash;
    counts[segment]++;
    size++;
    return true;
  }

  /**
   * Reads the slots where these hashes go, each load independent of the others, so that the
   * processor fetches them from memory at once; adding them next finds them in its cache. A table
   * of millions of ids is larger than the cache, and each addition would otherwise wait for memory
   * alone: most of the time of adding a million.
   *
   * @param hashes the hashes about to be added
   * @param count how many of them
   * @return a sum of what was read, for the reads not to be left out
   */
  public long warm(long[] hashes, int count) {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      long[] slots = segments[segment(hashes[i])];
      sum += slots[slot(hashes[i], slots.length - 1)];
    }
    return sum;
  }

  /** Returns whether the hash is in the set. */
  public boolean contains(long hash) {
    long[] slots = segments[segment(hash)];
    int mask = slots.length - 1;
    int slot = slot(hash, mask);
    while (slots[slot] != 0) {
      if (slots[slot] == hash) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  /**
   * Returns which of these hashes the set holds: as {@link #contains} says of each, the first slot
   * of each of a batch read one after the other, independent loads the processor overlaps, as
   * {@link #warm} does for additions; a hash is probed further only if its first slot holds
   * another.
   *
   * @param hashes the hashes
   * @param count how many of them
   * @return whether each is in the set
   */
  public boolean[] containsAll(long[] hashes, int count) {
    boolean[] found = new boolean[count];
    long[] first = new long[Math.min(count, LOOKUP_BATCH)];
    for (int from = 0; from < count; from += LOOKUP_BATCH) {
      int to = Math.min(count, from + LOOKUP_BATCH);
      for (int i = from; i < to; i++) {
        long[] slots = segments[segment(hashes[i])];
        first[i - from] = slots[slot(hashes[i], slots.length - 1)];
      }
      for (int i = from; i < to; i++) {
        long slot = first[i - from];
        found[i] = slot == hashes[i] || slot != 0 && contains(hashes[i]);
      }
    }
    return found;
  }

  /** Returns how many hashes the set holds. */
  public int size() {
    return size;
  }

  /** The segment of a hash: its top bits, which the slot within a segment does not use. */
  private static int segment(long hash) {
    return (int) (hash >>> (64 - SEGMENT_BITS));
  }

  private static int slot(long hash, int mask) {
    return (int) (hash ^ (hash >>> 29)) & mask;
  }

  private long[] grow(int segment) {
    long[] old = segments[segment];
    long[] slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long hash : old) {
      if (hash != 0) {
        int slot = slot(hash, mask);
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = hash;
      }
    }
    segments[segment] = slots;
    return slots;
  }
}
