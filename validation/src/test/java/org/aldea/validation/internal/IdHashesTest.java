package org.aldea.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compact set of id hashes behaves as a set of its ids would. */
class IdHashesTest {
  @Test
  void behavesLikeASetOfTheIds() {
    qt().withExamples(1_000).forAll(lists().of(integers().between(0, 3_000)).ofSizeBetween(0, 5_000)).checkAssert(ids -> {
      IdHashes hashes = new IdHashes();
      Set<String> oracle = new HashSet<>();
      for (Integer n : ids) {
        String id = "chi-" + n;
        assertThat(hashes.add(IdHashes.hash(id))).isEqualTo(oracle.add(id));
      }
      assertThat(hashes.size()).isEqualTo(oracle.size());
      for (int n = 0; n <= 3_000; n += 7) {
        assertThat(hashes.contains(IdHashes.hash("chi-" + n))).isEqualTo(oracle.contains("chi-" + n));
      }
    });
  }

  @Test
  void looksUpManyAtOnceAsOneAtATime() {
    // Up to 3 batches of lookups, in sets from empty to past their first growth.
    qt().withExamples(300).forAll(lists().of(integers().between(0, 3_000)).ofSizeBetween(0, 3_000),
        lists().of(integers().between(0, 6_000)).ofSizeBetween(0, 700)).checkAssert((ids, lookups) -> {
          IdHashes hashes = new IdHashes();
          ids.forEach(n -> hashes.add(IdHashes.hash("chi-" + n)));
          long[] asked = lookups.stream().mapToLong(n -> IdHashes.hash("chi-" + n)).toArray();
          boolean[] found = hashes.containsAll(asked, asked.length);
          for (int i = 0; i < asked.length; i++) {
            assertThat(found[i]).as("chi-%s", lookups.get(i)).isEqualTo(hashes.contains(asked[i]));
          }
        });
  }

  @Test
  void holdsAMillionIdsWithoutLosingOne() {
    IdHashes hashes = new IdHashes();
    for (int n = 0; n < 1_000_000; n++) {
      assertThat(hashes.add(IdHashes.hash("load-c" + n))).isTrue();
    }
    assertThat(hashes.size()).isEqualTo(1_000_000);
    assertThat(hashes.contains(IdHashes.hash("load-c999999"))).isTrue();
    assertThat(hashes.contains(IdHashes.hash("load-c1000000"))).isFalse();
  }

  @Test
  void pairsAreDirected() {
    long a = IdHashes.hash("a");
    long b = IdHashes.hash("b");
    assertThat(IdHashes.pair(a, b)).isNotEqualTo(IdHashes.pair(b, a));
    assertThat(List.of(IdHashes.hash(""), IdHashes.pair(0, 0))).doesNotContain(0L);
  }
}
