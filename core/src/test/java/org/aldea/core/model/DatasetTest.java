package org.aldea.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.OutcomeId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareOperationRefusedException.Reason;
import org.aldea.core.model.CareSituation.LeftCare;
import org.aldea.core.value.Code;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static final ChildId C1 = ChildId.of("c1");
  private static final ChildId C2 = ChildId.of("c2");
  private static final ChildId C3 = ChildId.of("c3");
  private static final FamilyId F1 = FamilyId.of("f1");
  private static final FamilyId F2 = FamilyId.of("f2");
  private static final PartialDate Y2013 = PartialDate.ofYear(2013);

  private final SocialCentre centre = SocialCentre.builder().id(CentreId.of("sc1")).name("Centre")
      .location(Samples.JULIACA).build();
  private final FamilyStrengtheningProgramme programme = FamilyStrengtheningProgramme.builder()
      .id(ProgrammeId.of("p1")).name("FSP").location(Samples.JULIACA).centre(centre.id()).build();
  private final Outcome outcome = Outcome.builder().id(OutcomeId.of("o1")).subject(programme.id())
      .indicator(Code.of("children_assisted")).period(PartialDate.ofYear(2017))
      .measure(Measure.of(Count.moreThan(500))).build();

  /** f1 (capacity 2) holds c1; f2 (capacity 1) is empty; c2 is followed up; c3 has left care. */
  private final Dataset dataset = Dataset.builder()
      .addLocations(Samples.location())
      .addSocialCentres(centre)
      .addProgrammes(programme)
      .addVillages(Samples.village())
      .addFamilies(Samples.family("f1", 2), Samples.family("f2", 1))
      .addChildren(Samples.child("c1", Samples.inFamily("f1")), Samples.child("c2", Samples.followedUp()),
          Samples.child("c3", new LeftCare(PartialDate.ofYear(2015), LeftCare.Reason.ADOPTED)))
      .addOutcomes(outcome)
      .build();

  @Test
  void findsEntitiesByTypedId() {
    assertThat(dataset.child(C1)).map(Child::id).contains(C1);
    assertThat(dataset.family(F1)).map(SosFamily::capacity).contains(2);
    assertThat(dataset.village(Samples.VILLAGE)).isPresent();
    assertThat(dataset.location(Samples.JULIACA)).isPresent();
    assertThat(dataset.centre(centre.id())).contains(centre);
    assertThat(dataset.programme(programme.id())).contains(programme);
    assertThat(dataset.outcome(outcome.id())).contains(outcome);
  }

  @Test
  void anIdOfAnotherKindFindsNothing() {
    assertThat(dataset.family(FamilyId.of("c1"))).isEmpty();
    assertThat(dataset.child(ChildId.of("f1"))).isEmpty();
  }

  @Test
  void navigatesFromFamiliesVillagesCentresAndSubjects() {
    assertThat(dataset.childrenOf(F1)).extracting(Child::id).containsExactly(C1);
    assertThat(dataset.childrenOf(F2)).isEmpty();
    assertThat(dataset.familiesOf(Samples.VILLAGE)).extracting(SosFamily::id).containsExactly(F1, F2);
    assertThat(dataset.familiesOf(VillageId.of("elsewhere"))).isEmpty();
    assertThat(dataset.programmesOf(centre.id())).containsExactly(programme);
    assertThat(dataset.outcomesOf(programme.id())).containsExactly(outcome);
    assertThat(dataset.outcomesOf(Samples.JULIACA)).isEmpty();
  }

  @Test
  void countsOccupancyAndVacancies() {
    assertThat(dataset.occupancy(F1)).isEqualTo(1);
    assertThat(dataset.vacancies(F1)).hasValue(1);
    assertThat(dataset.vacancies(F2)).hasValue(1);
    assertThat(dataset.vacancies(FamilyId.of("nowhere"))).isEmpty();
  }

  @Test
  void representsAnOverFullFamilyReadFromOutside() {
    Dataset overFull = Dataset.builder().from(dataset)
        .addChildren(Samples.child("c4", Samples.inFamily("f2")), Samples.child("c5", Samples.inFamily("f2")))
        .build();
    assertThat(overFull.occupancy(F2)).isEqualTo(2);
    assertThat(overFull.vacancies(F2)).hasValue(0);
  }

  @Test
  void anIdThatAnotherKindHasFirstStillFindsItsKind() {
    // A village named like family f1, before it in document order: the family is still found (the
    // lookup once found the first entity with the id, whatever its kind, and then nothing).
    ChildrensVillage namesake = ChildrensVillage.builder().from(Samples.village()).id(VillageId.of("f1")).build();
    Dataset duplicated = Dataset.builder().from(dataset).addVillages(namesake).build();
    assertThat(duplicated.family(F1)).map(SosFamily::capacity).contains(2);
    assertThat(duplicated.village(VillageId.of("f1"))).contains(namesake);
    assertThat(duplicated.occupancy(F1)).isEqualTo(1);
  }

  @Test
  void duplicateIdsFindTheFirstEntity() {
    Dataset duplicated = Dataset.builder().from(dataset)
        .addChildren(Samples.child("c1", Samples.followedUp())).build();
    assertThat(duplicated.child(C1).orElseThrow().care()).isInstanceOf(CareSituation.SosFamilyCare.class);
  }

  @Test
  void placesAChildInAFamilyWithAVacancy() {
    Dataset placed = dataset.placeChild(C2, F2, Y2013);
    assertThat(placed.childrenOf(F2)).extracting(Child::id).containsExactly(C2);
    assertThat(placed.child(C2).orElseThrow().care()).isEqualTo(new CareSituation.SosFamilyCare(F2, Y2013));
    assertThat(placed.children()).extracting(Child::id).containsExactly(C1, C2, C3);
    assertThat(dataset.childrenOf(F2)).as("the original is unchanged").isEmpty();
  }

  @Test
  void refusesToPlaceAChildInAFullFamilyNamingFamilyAndCapacity() {
    Dataset full = dataset.placeChild(C2, F2, Y2013);
    Dataset withAnother = Dataset.builder().from(full).addChildren(Samples.child("c4", Samples.followedUp())).build();
    var refused = refusal(() -> withAnother.placeChild(ChildId.of("c4"), F2, Y2013), Reason.FAMILY_FULL);
    assertThat(refused.capacity()).hasValue(1);
    assertThat(refused.family()).contains(F2);
    assertThat(refused.getMessage()).contains("f2").contains("capacity 1");
  }

  @Test
  void refusesUnknownChildFamilyAndVillage() {
    refusal(() -> dataset.placeChild(ChildId.of("nobody"), F2, Y2013), Reason.UNKNOWN_CHILD);
    refusal(() -> dataset.placeChild(C2, FamilyId.of("nowhere"), Y2013), Reason.UNKNOWN_FAMILY);
    SosFamily orphanFamily = SosFamily.builder().from(Samples.family("f3", 4)).village(VillageId.of("gone")).build();
    Dataset withOrphan = Dataset.builder().from(dataset).addFamilies(orphanFamily).build();
    var refused = refusal(() -> withOrphan.placeChild(C2, orphanFamily.id(), Y2013), Reason.UNKNOWN_VILLAGE);
    assertThat(refused.getMessage()).contains("gone");
  }

  @Test
  void refusesToPlaceAChildWhoAlreadyLivesInAFamily() {
    refusal(() -> dataset.placeChild(C1, F2, Y2013), Reason.ALREADY_IN_SOS_FAMILY);
  }

  @Test
  void refusesDatesBeforeBirthOrTheCurrentSituation() {
    refusal(() -> dataset.placeChild(C2, F2, PartialDate.ofYear(2009)), Reason.DATE_BEFORE_BIRTH);
    refusal(() -> dataset.placeChild(C2, F2, PartialDate.ofYear(2011)), Reason.DATE_BEFORE_CURRENT_CARE);
    assertThat(dataset.placeChild(C2, F2, PartialDate.ofMonth(2012, 1)).childrenOf(F2)).hasSize(1);
  }

  @Test
  void movesAChildBetweenFamilies() {
    Dataset moved = dataset.moveChild(C1, F2, Y2013);
    assertThat(moved.childrenOf(F1)).isEmpty();
    assertThat(moved.childrenOf(F2)).extracting(Child::id).containsExactly(C1);
  }

  @Test
  void refusesMovesThatAreNotMoves() {
    refusal(() -> dataset.moveChild(C2, F2, Y2013), Reason.NOT_IN_SOS_FAMILY);
    refusal(() -> dataset.moveChild(C1, F1, Y2013), Reason.SAME_FAMILY);
    Dataset full = dataset.placeChild(C2, F2, Y2013);
    refusal(() -> full.moveChild(C1, F2, Y2013), Reason.FAMILY_FULL);
  }

  @Test
  void recordsLeavingCareAndFreesThePlace() {
    Dataset left = dataset.recordLeavingCare(C1, PartialDate.ofYear(2018), LeftCare.Reason.INDEPENDENT_LIFE);
    assertThat(left.child(C1).orElseThrow().care().isInCare()).isFalse();
    assertThat(left.vacancies(F1)).hasValue(2);
  }

  @Test
  void refusesToRecordLeavingTwice() {
    refusal(() -> dataset.recordLeavingCare(C3, PartialDate.ofYear(2018), LeftCare.Reason.OTHER), Reason.ALREADY_LEFT_CARE);
  }

  @Test
  void keepsListsInTheOrderGiven() {
    assertThat(dataset.families()).extracting(SosFamily::id).isEqualTo(List.of(F1, F2));
  }

  private static CareOperationRefusedException refusal(Runnable operation, Reason reason) {
    var refused = catchThrowableOfType(CareOperationRefusedException.class, operation::run);
    assertThat(refused).as("expected a refusal for %s", reason).isNotNull();
    assertThat(refused.reason()).isEqualTo(reason);
    return refused;
  }
}
