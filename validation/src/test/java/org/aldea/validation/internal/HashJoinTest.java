package org.aldea.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The partitioned join finds what a search of every build key in order would. */
class HashJoinTest {
  @Test
  void findsTheFirstEqualKeyAsASearchInOrderWould() {
    // Few distinct values, so that keys repeat; sizes up to several partitions.
    qt().withExamples(300).forAll(lists().of(integers().between(0, 400)).ofSizeBetween(0, 3_000),
        lists().of(integers().between(0, 500)).ofSizeBetween(0, 3_000)).checkAssert((build, probe) -> {
          long[] built = keys(build);
          long[] probed = keys(probe);
          int[] found = HashJoin.firstMatches(built, built.length, probed, probed.length, null);
          for (int p = 0; p < probed.length; p++) {
            assertThat(found[p]).isEqualTo(firstEqual(built, probed[p], -1, null));
          }
        });
  }

  @Test
  void tellsEqualKeysApartWhenAskedAsASearchInOrderWould() {
    // Keys from a value's low bits stand for values that differ: equal keys, different things.
    qt().withExamples(300).forAll(lists().of(integers().between(0, 2_000)).ofSizeBetween(0, 3_000)).checkAssert(ids -> {
      long[] keys = new long[ids.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = IdHashes.hash(String.valueOf(ids.get(i) % 300));
      }
      HashJoin.Same same = (probe, build) -> ids.get(probe).equals(ids.get(build));
      int[] found = HashJoin.firstMatches(keys, keys.length, keys, keys.length, same);
      for (int p = 0; p < keys.length; p++) {
        int first = ids.indexOf(ids.get(p));
        assertThat(found[p]).isEqualTo(first).isEqualTo(firstEqual(keys, keys[p], p, same));
      }
    });
  }

  @Test
  void matchesKeysSpreadOverTheLargestNumberOfPartitions() {
    // Enough keys for the cap on partitions; a map keeps the first index of each key.
    SplittableRandom random = new SplittableRandom(7);
    long[] build = new long[600_000];
    long[] probe = new long[600_000];
    Map<Long, Integer> first = new HashMap<>();
    for (int i = 0; i < build.length; i++) {
      build[i] = IdHashes.hash("id-" + random.nextInt(400_000));
      first.putIfAbsent(build[i], i);
      probe[i] = IdHashes.hash("id-" + random.nextInt(500_000));
    }
    int[] found = HashJoin.firstMatches(build, build.length, probe, probe.length, null);
    for (int p = 0; p < probe.length; p++) {
      assertThat(found[p]).isEqualTo(first.getOrDefault(probe[p], -1));
    }
  }

  @Test
  void matchesWhenEveryKeyFallsInOnePartition() {
    // Keys whose top bits are all zero share the first partition, the others stay empty.
    long[] build = new long[300_000];
    long[] probe = new long[300_000];
    for (int i = 0; i < build.length; i++) {
      build[i] = 1 + 2L * (i % 200_000);
      probe[i] = 1 + i;
    }
    int[] found = HashJoin.firstMatches(build, build.length, probe, probe.length, null);
    for (int p = 0; p < probe.length; p++) {
      int expected = probe[p] % 2 == 1 ? (int) (probe[p] - 1) / 2 : -1;
      assertThat(found[p]).isEqualTo(expected);
    }
  }

  @Test
  void countsOnlyTheKeysItIsTold() {
    long[] build = {IdHashes.hash("a"), IdHashes.hash("b")};
    long[] probe = {IdHashes.hash("b"), IdHashes.hash("a")};
    assertThat(HashJoin.firstMatches(build, 1, probe, 2, null)).containsExactly(-1, 0);
  }

  private static long[] keys(List<Integer> values) {
    return values.stream().mapToLong(value -> IdHashes.hash("id-" + value)).toArray();
  }

  private static int firstEqual(long[] build, long key, int probe, HashJoin.Same same) {
    for (int b = 0; b < build.length; b++) {
      if (build[b] == key && (same == null || same.same(probe, b))) {
        return b;
      }
    }
    return -1;
  }
}
