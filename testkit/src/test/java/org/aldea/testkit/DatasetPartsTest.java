package org.aldea.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.junit.jupiter.api.Test;

/** A generated dataset in parts is that dataset, a location and everything at it at a time. */
class DatasetPartsTest {
  @Test
  void thePartsTogetherAreTheDatasetInItsOrder() {
    for (int children : List.of(0, 1, 499, 500, 501, 1_234)) {
      for (long seed = 1; seed <= 3; seed++) {
        List<Dataset> parts = new ArrayList<>();
        AldeaGenerators.datasetParts(seed, children).forEachRemaining(parts::add);
        assertThat(parts).hasSize(Math.max(1, (children + 499) / 500));
        assertThat(parts).allSatisfy(part -> {
          assertThat(part.locations()).hasSize(1);
          assertThat(part.children()).hasSizeLessThanOrEqualTo(500);
        });
        Dataset.Builder whole = Dataset.builder();
        parts.forEach(part -> EntityKind.values().forEach(kind -> addAll(kind, part, whole)));
        assertThat(whole.build()).isEqualTo(AldeaGenerators.dataset(seed, children));
      }
    }
  }

  private static <T> void addAll(EntityKind<T> kind, Dataset part, Dataset.Builder whole) {
    kind.in(part).forEach(entity -> kind.addTo(whole, entity));
  }
}
