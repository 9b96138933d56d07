package org.aldea.testkit;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.OutcomeId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.Location;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.Code;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;

/**
 * Turns a valid dataset of {@link ValidDatasets} (which always has loc-0, cen-0, pro-0 with target
 * ages 0 to under 18, and vil-0) into one that breaks exactly one business rule, by adding entities
 * that break it and nothing else.
 */
final class RuleBreakers {
  private static final LocationId LOCATION = LocationId.of("loc-0");
  private static final VillageId VILLAGE = VillageId.of("vil-0");

  static final Map<String, UnaryOperator<Dataset>> BY_CODE = Map.ofEntries(
      Map.entry("id.duplicate", dataset -> with(dataset).addLocations(location("loc-0")).build()),
      Map.entry("reference.unknown", dataset -> with(dataset).addVillages(ChildrensVillage.builder()
          .id(VillageId.of("broken-village")).name("Village elsewhere").location(LocationId.of("broken-nowhere"))
          .build()).build()),
      Map.entry("family.over_capacity", dataset -> with(dataset).addFamilies(family("broken-f1", 1))
          .addChildren(inFamily("broken-c1", "broken-f1"), inFamily("broken-c2", "broken-f1")).build()),
      Map.entry("family.siblings_separated", dataset -> with(dataset)
          .addFamilies(family("broken-f1", 2), family("broken-f2", 2))
          .addChildren(Child.builder().from(inFamily("broken-c1", "broken-f1")).addSiblings(ChildId.of("broken-c2")).build(),
              Child.builder().from(inFamily("broken-c2", "broken-f2")).addSiblings(ChildId.of("broken-c1")).build())
          .build()),
      Map.entry("child.siblings_not_reciprocal", dataset -> with(dataset).addFamilies(family("broken-f1", 2))
          .addChildren(Child.builder().from(inFamily("broken-c1", "broken-f1")).addSiblings(ChildId.of("broken-c2")).build(),
              inFamily("broken-c2", "broken-f1"))
          .build()),
      Map.entry("child.born_in_future", dataset -> with(dataset).addChildren(child("broken-c1", PartialDate.ofMonth(2018, 7),
          new CareSituation.KinshipCare(CareSituation.KinshipCare.Relation.GRANDPARENT, PartialDate.ofYear(2018)))).build()),
      Map.entry("child.date_before_birth", dataset -> with(dataset).addChildren(child("broken-c1", PartialDate.ofYear(2010),
          new CareSituation.KinshipCare(CareSituation.KinshipCare.Relation.SIBLING, PartialDate.ofYear(2008)))).build()),
      Map.entry("child.too_old_for_care", dataset -> with(dataset).addChildren(child("broken-c1", PartialDate.ofYear(1990),
          new CareSituation.YouthFollowUp(PartialDate.ofYear(2010)))).build()),
      Map.entry("programme.child_outside_target_age", dataset -> with(dataset).addChildren(child("broken-c1",
          PartialDate.ofYear(1995), new CareSituation.FamilyOfOriginCare(org.aldea.core.id.ProgrammeId.of("pro-0"),
              PartialDate.ofYear(2016)))).build()),
      Map.entry("date.in_future", dataset -> with(dataset).addVillages(ChildrensVillage.builder()
          .id(VillageId.of("broken-village")).name("Future village").location(LOCATION).opened(PartialDate.ofYear(2019))
          .build()).build()),
      Map.entry("outcome.percent_inconsistent", dataset -> with(dataset).addOutcomes(outcome(LOCATION, "children_assisted",
          PartialDate.ofYear(2017), Measure.builder().count(Count.exactly(79)).percent(Percent.of(20)).outOf(928).build()))
          .build()),
      Map.entry("outcome.before_subject_started", dataset -> {
        PartialDate opened = dataset.village(VILLAGE).orElseThrow().opened().orElseThrow();
        return with(dataset).addOutcomes(outcome(VILLAGE, "children_assisted", PartialDate.ofYear(opened.year() - 1),
            Measure.of(Count.exactly(3)))).build();
      }),
      Map.entry("outcome.indicator_unknown", dataset -> with(dataset).addOutcomes(outcome(LOCATION, "hugs_given",
          PartialDate.ofYear(2017), Measure.of(Count.about(500)))).build()),
      Map.entry("centre.village_elsewhere", dataset -> with(dataset).addLocations(location("broken-location"))
          .addSocialCentres(SocialCentre.builder().id(CentreId.of("broken-centre")).name("Centre elsewhere")
              .location(LocationId.of("broken-location")).village(VILLAGE).build())
          .build()));

  private RuleBreakers() {}

  private static Dataset.Builder with(Dataset dataset) {
    return Dataset.builder().from(dataset);
  }

  private static Location location(String id) {
    return Location.builder().id(LocationId.of(id)).name("Location " + id).country("PE").region("Lima").build();
  }

  private static SosFamily family(String id, int capacity) {
    return SosFamily.builder().id(FamilyId.of(id)).village(VILLAGE).caregiver(Caregiver.of(Caregiver.Role.SOS_MOTHER))
        .capacity(capacity).build();
  }

  private static Child inFamily(String id, String family) {
    return child(id, PartialDate.ofYear(2008), new CareSituation.SosFamilyCare(FamilyId.of(family), PartialDate.ofYear(2012)));
  }

  private static Child child(String id, PartialDate born, CareSituation care) {
    return Child.builder().id(ChildId.of(id)).born(born).care(care).education(Child.Education.PRIMARY_SCHOOL).build();
  }

  private static Outcome outcome(OutcomeSubject subject, String indicator, PartialDate period, Measure measure) {
    return Outcome.builder().id(OutcomeId.of("broken-outcome")).subject(subject).indicator(Code.of(indicator))
        .period(period).measure(measure).build();
  }

  static List<String> codes() {
    return BY_CODE.keySet().stream().sorted().toList();
  }
}
