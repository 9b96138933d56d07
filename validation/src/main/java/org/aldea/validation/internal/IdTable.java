package org.aldea.validation.internal;

/**
 * A map from 64-bit hashes of ids to an int, in open-addressing arrays: about 24 bytes per id,
 * where a map of strings would take well over a hundred. Used where the ids of a long stream must be
 * remembered. Two distinct ids share a hash with odds of about n²/2<sup>65</sup> (1 in 36 million
 * for a million ids).
 */
public final class IdTable {
  /** The value {@link #get} returns for an absent hash. */
  public static final int ABSENT = Integer.MIN_VALUE;

  private long[] keys = new long[1024];
  private int[] values = new int[1024];
  private int size;

  /** Returns the 64-bit hash of an id (never 0, which marks an empty slot). */
  public static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** Adds a hash with a value; returns false, changing nothing, if the hash was already there. */
  public boolean add(long hash, int value) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = slot(hash, mask);
    while (keys[slot] != 0) {
      if (keys[slot] == hash) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = hash;
    values[slot] = value;
    size++;
    return true;
  }

  /** Returns the value of a hash, or {@link #ABSENT}. */
  public int get(long hash) {
    int mask = keys.length - 1;
    int slot = slot(hash, mask);
    while (keys[slot] != 0) {
      if (keys[slot] == hash) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return ABSENT;
  }

  /** Returns whether the hash is in the table. */
  public boolean contains(long hash) {
    return get(hash) != ABSENT;
  }

  /** Returns how many hashes the table holds. */
  public int size() {
    return size;
  }

  private static int slot(long hash, int mask) {
    return (int) (hash ^ (hash >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }
}
