package org.aldea.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.aldea.core.id.LocationId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.junit.jupiter.api.Test;

/** The fixtures agree with the facts of the source reports listed in {@link PeruFixtures}. */
class PeruFixturesTest {
  private final Dataset peru = PeruFixtures.dataset();

  @Test
  void juliacaHasTwelveFamiliesWithOverAHundredChildren() {
    assertThat(peru.familiesOf(PeruFixtures.JULIACA_VILLAGE)).hasSize(12);
    int children = peru.familiesOf(PeruFixtures.JULIACA_VILLAGE).stream()
        .mapToInt(family -> peru.occupancy(family.id())).sum();
    assertThat(children).isGreaterThan(100);
    assertThat(peru.village(PeruFixtures.JULIACA_VILLAGE).orElseThrow().opened()).contains(PartialDate.ofYear(2008));
  }

  @Test
  void juliacasContextFigures() {
    var juliaca = peru.location(PeruFixtures.JULIACA).orElseThrow();
    assertThat(juliaca.population()).contains(Count.about(300_000));
    assertThat(juliaca.altitudeMetres()).hasValue(3825);
    assertThat(juliaca.distanceToCapitalKm()).contains(Count.about(1300));
    assertThat(juliaca.indicators()).extracting(i -> i.kind().value())
        .contains("poverty_rate", "households_in_extreme_poverty", "children_out_of_school_rate");
  }

  @Test
  void callaoHas45ChildrenInFamiliesAnd31YouthFollowedUp() {
    int inFamilies = peru.familiesOf(PeruFixtures.CALLAO_VILLAGE).stream()
        .mapToInt(family -> peru.occupancy(family.id())).sum();
    assertThat(inFamilies).isEqualTo(45);
    long followedUp = peru.children().stream().filter(c -> c.id().value().startsWith("cal-"))
        .filter(c -> c.care() instanceof CareSituation.YouthFollowUp).count();
    assertThat(followedUp).isEqualTo(31);
    long adapted = peru.familiesOf(PeruFixtures.CALLAO_VILLAGE).stream()
        .flatMap(family -> peru.childrenOf(family.id()).stream()).filter(Child::adaptedTeaching).count();
    assertThat(adapted).isEqualTo(3);
    assertThat(peru.outcomesOf(PeruFixtures.CALLAO_PROGRAMME)).hasSize(4);
  }

  @Test
  void noFamilyIsOverItsCapacity() {
    for (SosFamily family : peru.families()) {
      assertThat(peru.occupancy(family.id())).isLessThanOrEqualTo(family.capacity());
    }
  }

  @Test
  void childrenArePseudonymous() {
    assertThat(peru.children()).allSatisfy(child -> assertThat(child.name()).isEmpty());
  }

  @Test
  void thePartsHoldWhatBelongsToTheirLocation() {
    Dataset callao = PeruFixtures.part(PeruFixtures.CALLAO);
    assertThat(callao.locations()).hasSize(1);
    assertThat(callao.children()).hasSize(45 + 31 + 6);
    assertThat(callao.outcomes()).hasSize(9);
    Dataset cuzco = PeruFixtures.part(PeruFixtures.CUZCO);
    assertThat(cuzco.children()).isEmpty();
    assertThat(cuzco.programmes()).hasSize(1);
    assertThatIllegalArgumentException().isThrownBy(() -> PeruFixtures.part(LocationId.of("pe-lima")));
  }

  @Test
  void theFixturesAreTheSameOnEveryCall() {
    assertThat(PeruFixtures.dataset()).isSameAs(peru);
    assertThat(PeruFixtures.part(PeruFixtures.JULIACA)).isEqualTo(PeruFixtures.part(PeruFixtures.JULIACA));
  }
}
