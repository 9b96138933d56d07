package org.aldea.validation.internal;

import java.util.Arrays;

/**
 * Matches keys against keys, in time linear in their number and without random access to a large
 * table: both sides are first partitioned by the top bits of their 64-bit keys (stably, in two
 * sequential passes), then each partition is matched through a table small enough to stay in the
 * processor's cache. A hash table of a hundred thousand ids would miss the cache on nearly every
 * probe; this is what keeps the cross-entity rules linear from ten thousand children to millions.
 */
final class HashJoin {
  /** About this many keys per partition: a table of twice as many slots stays in the cache. */
  private static final int PARTITION_BITS = 10;
  /**
   * At most this many partitions: writing to more at once, each to its own place in memory, would
   * miss the cache and the address translation buffer on every key (a million ids would need 2,048).
   */
  private static final int MAX_BITS = 8;

  /** Tells whether two keys that are equal stand for the same thing (their ids are equal). */
  @FunctionalInterface
  interface Same {
    /**
     * Returns whether a key of the probe side and one of the build side stand for the same thing.
     *
     * @param probe the index of the probe's key
     * @param build the index of the build side's key
     * @return whether they are the same
     */
    boolean same(int probe, int build);
  }

  private HashJoin() {}

  /**
   * Returns, for each probe key, the index of the first build key equal to it (and the same, if
   * {@code same} is given), or -1. Keys are non-zero 64-bit hashes, such as {@link IdHashes#hash}'s.
   *
   * @param build the keys to find, of which the first of equal ones is found
   * @param buildCount how many of {@code build} are keys
   * @param probe the keys to look up
   * @param probeCount how many of {@code probe} are keys
   * @param same tells equal keys apart, or null if equal keys are the same
   * @return the index into {@code build} for each probe key, or -1
   */
  static int[] firstMatches(long[] build, int buildCount, long[] probe, int probeCount, Same same) {
    int bits = Math.min(MAX_BITS,
        Math.max(0, 32 - Integer.numberOfLeadingZeros(Math.max(buildCount, probeCount) >> PARTITION_BITS)));
    Partitions built = new Partitions(build, buildCount, bits);
    // Keys matched against themselves (duplicates) are partitioned once.
    Partitions probed = probe == build && probeCount == buildCount ? built : new Partitions(probe, probeCount, bits);
    int[] found = new int[probeCount];
    Arrays.fill(found, -1);
    int largest = 1;
    for (int p = 0; p < built.starts.length - 1; p++) {
      largest = Math.max(largest, built.starts[p + 1] - built.starts[p]);
    }
    long[] keys = new long[capacity(largest)];
    int[] indexes = new int[keys.length];
    for (int p = 0; p < built.starts.length - 1; p++) {
      // Each partition's table as large as its keys need, so that clearing it costs what filling does.
      int mask = capacity(built.starts[p + 1] - built.starts[p]) - 1;
      Arrays.fill(keys, 0, mask + 1, 0);
      for (int e = built.starts[p]; e < built.starts[p + 1]; e++) {
        long key = built.keys[e];
        int index = built.indexes[e];
        int slot = slot(key, mask);
        // Partitions keep their keys' order: an equal key that is the same is not added again.
        while (keys[slot] != 0 && !(keys[slot] == key && (same == null || same.same(index, indexes[slot])))) {
          slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
          keys[slot] = key;
          indexes[slot] = index;
        }
      }
      for (int e = probed.starts[p]; e < probed.starts[p + 1]; e++) {
        long key = probed.keys[e];
        int probeIndex = probed.indexes[e];
        for (int slot = slot(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
          if (keys[slot] == key && (same == null || same.same(probeIndex, indexes[slot]))) {
            found[probeIndex] = indexes[slot];
            break;
          }
        }
      }
    }
    return found;
  }

  /** A table's size for some keys: a power of two, at least twice as many slots as keys. */
  private static int capacity(int keys) {
    return Integer.highestOneBit(keys * 2 + 1) * 2;
  }

  private static int slot(long key, int mask) {
    return (int) (key ^ (key >>> 29)) & mask;
  }

  /** Keys and their indexes grouped by the top bits of the key, each group in the keys' order. */
  private static final class Partitions {
    final long[] keys;
    final int[] indexes;
    /** Where each partition starts, and its end last. */
    final int[] starts;

    Partitions(long[] source, int count, int bits) {
      int shift = 64 - bits;
      starts = new int[(1 << bits) + 1];
      for (int i = 0; i < count; i++) {
        starts[partition(source[i], shift) + 1]++;
      }
      for (int p = 1; p < starts.length; p++) {
        starts[p] += starts[p - 1];
      }
      int[] next = Arrays.copyOf(starts, starts.length - 1);
      keys = new long[count];
      indexes = new int[count];
      for (int i = 0; i < count; i++) {
        int at = next[partition(source[i], shift)]++;
        keys[at] = source[i];
        indexes[at] = i;
      }
    }

    private static int partition(long key, int shift) {
      return shift == 64 ? 0 : (int) (key >>> shift);
    }
  }
}
