package org.aldea.core.model;

import static org.aldea.core.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.model.CareSituation.LeftCare;
import org.aldea.core.value.PartialDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Applies random sequences of place, move and leave operations to a dataset and to a simple oracle
 * (a map from child to family), and checks after every step that both agree, that no family ever
 * exceeds its capacity and that every child is in exactly one care situation.
 */
class CareOperationsStatefulTest {
  private static final int FAMILIES = 4;
  private static final int CHILDREN = 12;
  private static final String LEFT = "left";
  private static final String OUTSIDE = "outside";

  enum Kind { PLACE, MOVE, LEAVE }

  record Step(Kind kind, int child, int family) {}

  private static final Gen<Step> STEPS = Generate.enumValues(Kind.class)
      .zip(integers().between(0, CHILDREN - 1), integers().between(0, FAMILIES), Step::new);

  private static final Gen<List<Integer>> CAPACITIES = lists().of(integers().between(1, 3)).ofSize(FAMILIES);

  @Test
  void noSequenceOfOperationsOverfillsAFamilyOrLosesAChild() {
    theory().forAll(CAPACITIES, lists().of(STEPS).ofSizeBetween(1, 40)).checkAssert(this::run);
  }

  private void run(List<Integer> capacities, List<Step> steps) {
    Dataset.Builder builder = Dataset.builder().addLocations(Samples.location()).addVillages(Samples.village());
    for (int f = 0; f < FAMILIES; f++) {
      builder.addFamilies(Samples.family("f" + f, capacities.get(f)));
    }
    Map<ChildId, String> oracle = new HashMap<>();
    for (int c = 0; c < CHILDREN; c++) {
      builder.addChildren(Samples.child("c" + c, Samples.followedUp()));
      oracle.put(ChildId.of("c" + c), OUTSIDE);
    }
    Dataset dataset = builder.build();
    for (Step step : steps) {
      ChildId child = ChildId.of("c" + step.child());
      // Family index FAMILIES names a family that does not exist.
      FamilyId family = FamilyId.of("f" + step.family());
      boolean known = step.family() < FAMILIES;
      String where = oracle.get(child);
      long inTarget = oracle.values().stream().filter(family.value()::equals).count();
      boolean hasRoom = known && inTarget < capacities.get(step.family());
      boolean inFamily = !where.equals(OUTSIDE) && !where.equals(LEFT);
      boolean allowed;
      switch (step.kind()) {
        case PLACE:
          allowed = !inFamily && hasRoom;
          break;
        case MOVE:
          allowed = inFamily && !where.equals(family.value()) && hasRoom;
          break;
        default:
          allowed = !where.equals(LEFT);
      }
      try {
        dataset = apply(dataset, step.kind(), child, family);
        assertThat(allowed).as("%s was allowed", step).isTrue();
        oracle.put(child, step.kind() == Kind.LEAVE ? LEFT : family.value());
      } catch (CareOperationRefusedException refused) {
        assertThat(allowed).as("%s was refused: %s", step, refused.reason()).isFalse();
      }
      check(dataset, capacities, oracle);
    }
  }

  private static Dataset apply(Dataset dataset, Kind kind, ChildId child, FamilyId family) {
    PartialDate when = PartialDate.ofYear(2013);
    switch (kind) {
      case PLACE:
        return dataset.placeChild(child, family, when);
      case MOVE:
        return dataset.moveChild(child, family, when);
      default:
        return dataset.recordLeavingCare(child, when, LeftCare.Reason.REINTEGRATED_WITH_FAMILY);
    }
  }

  private static void check(Dataset dataset, List<Integer> capacities, Map<ChildId, String> oracle) {
    assertThat(dataset.children()).hasSize(CHILDREN);
    List<ChildId> seen = new ArrayList<>();
    for (int f = 0; f < FAMILIES; f++) {
      FamilyId family = FamilyId.of("f" + f);
      assertThat(dataset.occupancy(family)).isLessThanOrEqualTo(capacities.get(f));
      dataset.childrenOf(family).forEach(child -> seen.add(child.id()));
    }
    assertThat(seen).doesNotHaveDuplicates();
    for (Child child : dataset.children()) {
      String expected = oracle.get(child.id());
      CareSituation care = child.care();
      switch (expected) {
        case LEFT:
          assertThat(care).isInstanceOf(LeftCare.class);
          break;
        case OUTSIDE:
          assertThat(care).isInstanceOf(CareSituation.YouthFollowUp.class);
          break;
        default:
          assertThat(care).isEqualTo(new CareSituation.SosFamilyCare(FamilyId.of(expected), PartialDate.ofYear(2013)));
      }
    }
  }
}
