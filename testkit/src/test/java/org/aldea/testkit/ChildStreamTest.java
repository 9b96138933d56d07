package org.aldea.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.aldea.core.id.FamilyId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.junit.jupiter.api.Test;

class ChildStreamTest {
  @Test
  void childrenFitTheFamiliesOfTheContext() {
    ChildStream stream = ChildStream.of(42, 1001);
    Dataset context = stream.context();
    Map<FamilyId, Integer> occupancy = new HashMap<>();
    long count = 0;
    for (Child child : stream) {
      count++;
      if (child.care() instanceof CareSituation.SosFamilyCare) {
        FamilyId family = ((CareSituation.SosFamilyCare) child.care()).family();
        assertThat(context.family(family)).isPresent();
        occupancy.merge(family, 1, Integer::sum);
      }
    }
    assertThat(count).isEqualTo(1001);
    assertThat(occupancy.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(ChildStream.FAMILY_CAPACITY));
  }

  @Test
  void theSameSeedGivesTheSameChildren() {
    assertThat(ChildStream.of(7, 50).stream().toList()).isEqualTo(ChildStream.of(7, 50).stream().toList());
    assertThat(ChildStream.of(7, 50).stream().toList()).isNotEqualTo(ChildStream.of(8, 50).stream().toList());
  }
}
