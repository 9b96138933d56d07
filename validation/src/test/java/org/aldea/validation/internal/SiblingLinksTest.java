package org.aldea.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.aldea.core.id.FamilyId;
import org.junit.jupiter.api.Test;

/** The compact store of sibling links gives back every link as it was added. */
class SiblingLinksTest {
  /** A link as added, to compare with what the store gives back. */
  private record Link(String child, long childHash, String sibling, long siblingHash, long ordinal, int position,
      FamilyId family) {}

  @Test
  void givesBackEveryLinkAsItWasAdded() {
    // Ids of 1 to 64 characters of the model's alphabet; up to 9,000 links, past two chunks of links
    // and, with the longest ids, past a chunk of texts.
    var ids = strings().betweenCodePoints('-', 'z').ofLengthBetween(1, 64)
        .map(id -> id.replaceAll("[^A-Za-z0-9._-]", "x"));
    qt().withExamples(50).forAll(lists().of(ids).ofSizeBetween(1, 9_000), integers().between(0, 3))
        .checkAssert((siblingIds, families) -> {
          SiblingLinks store = new SiblingLinks();
          List<Link> added = new ArrayList<>();
          String child = siblingIds.get(0);
          long text = store.text(child);
          for (int i = 0; i < siblingIds.size(); i++) {
            if (i % 3 == 0) {
              child = siblingIds.get(i);
              text = store.text(child);
            }
            String sibling = siblingIds.get(i);
            FamilyId family = i % (families + 1) == 0 ? null : FamilyId.of("fam-" + i % 5);
            Link link = new Link(child, IdHashes.hash(child), sibling, IdHashes.hash(sibling), i / 3, i % 3, family);
            store.add(text, link.childHash(), store.text(sibling), link.siblingHash(), link.ordinal(), link.position(),
                family);
            added.add(link);
          }
          assertThat(store.size()).isEqualTo(added.size());
          for (int i = 0; i < added.size(); i++) {
            assertThat(new Link(store.child(i), store.childHash(i), store.sibling(i), store.siblingHash(i),
                store.ordinal(i), store.position(i), store.family(i))).isEqualTo(added.get(i));
          }
        });
  }

  @Test
  void keepsOnlyIdsTheModelAllows() {
    SiblingLinks store = new SiblingLinks();
    assertThatThrownBy(() -> store.text("x".repeat(128))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.text("ñ")).isInstanceOf(IllegalArgumentException.class);
  }
}
