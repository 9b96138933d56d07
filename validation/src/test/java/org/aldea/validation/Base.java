package org.aldea.validation;

import java.time.LocalDate;
import java.util.List;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.OutcomeId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Location;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.Code;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;

/**
 * A small valid dataset as of 2018-06-19, and the helpers to break it one rule at a time.
 *
 * <p>Location loc-1 with centre cen-1 (opened 2008), programme pro-1 (started 2008, ages 0 to under
 * 5), village vil-1 (opened 2008) with families fam-1 (capacity 2) and fam-2 (capacity 3);
 * siblings chi-1 and chi-2 in fam-1; chi-3 supported by pro-1; outcome out-1 on pro-1.
 */
final class Base {
  static final LocalDate AS_OF = LocalDate.of(2018, 6, 19);
  static final ValidationPolicy POLICY = ValidationPolicy.asOf(AS_OF);

  static final Location LOCATION = Location.builder().id(LocationId.of("loc-1")).name("Juliaca").country("PE")
      .region("Puno").build();
  static final Location OTHER_LOCATION = Location.builder().id(LocationId.of("loc-2")).name("Callao").country("PE")
      .region("Callao").build();
  static final SocialCentre CENTRE = SocialCentre.builder().id(CentreId.of("cen-1")).name("Centre")
      .location(LOCATION.id()).village(VillageId.of("vil-1")).opened(PartialDate.ofYear(2008)).build();
  static final FamilyStrengtheningProgramme PROGRAMME = FamilyStrengtheningProgramme.builder()
      .id(ProgrammeId.of("pro-1")).name("Programme").location(LOCATION.id()).centre(CENTRE.id())
      .started(PartialDate.ofYear(2008)).targetAge(AgeRange.of(0, 5)).build();
  static final ChildrensVillage VILLAGE = ChildrensVillage.builder().id(VillageId.of("vil-1")).name("Village")
      .location(LOCATION.id()).opened(PartialDate.ofYear(2008)).build();
  static final SosFamily FAMILY_1 = family("fam-1", 2);
  static final SosFamily FAMILY_2 = family("fam-2", 3);
  static final Child CHILD_1 = Child.builder().id(ChildId.of("chi-1")).born(PartialDate.ofYear(2010))
      .care(new CareSituation.SosFamilyCare(FAMILY_1.id(), PartialDate.ofYear(2012)))
      .education(Child.Education.PRIMARY_SCHOOL).addSiblings(ChildId.of("chi-2")).build();
  static final Child CHILD_2 = Child.builder().id(ChildId.of("chi-2")).born(PartialDate.ofMonth(2011, 4))
      .care(new CareSituation.SosFamilyCare(FAMILY_1.id(), PartialDate.ofYear(2012)))
      .education(Child.Education.PRIMARY_SCHOOL).addSiblings(ChildId.of("chi-1")).build();
  static final Child CHILD_3 = Child.builder().id(ChildId.of("chi-3")).born(PartialDate.ofYear(2015))
      .care(new CareSituation.FamilyOfOriginCare(PROGRAMME.id(), PartialDate.ofMonth(2017, 3)))
      .education(Child.Education.NOT_YET_SCHOOL_AGE).build();
  static final Outcome OUTCOME = Outcome.builder().id(OutcomeId.of("out-1")).subject(PROGRAMME.id())
      .indicator(Code.of("children_in_mentoring")).period(PartialDate.ofYear(2017))
      .measure(Measure.builder().count(Count.exactly(79)).percent(Percent.of(9)).outOf(928).build()).build();

  static final Dataset DATASET = Dataset.builder().addLocations(LOCATION, OTHER_LOCATION).addSocialCentres(CENTRE)
      .addProgrammes(PROGRAMME).addVillages(VILLAGE).addFamilies(FAMILY_1, FAMILY_2)
      .addChildren(CHILD_1, CHILD_2, CHILD_3).addOutcomes(OUTCOME).build();

  private Base() {}

  static SosFamily family(String id, int capacity) {
    return SosFamily.builder().id(FamilyId.of(id)).village(VillageId.of("vil-1"))
        .caregiver(Caregiver.of(Caregiver.Role.SOS_MOTHER)).capacity(capacity).build();
  }

  static Child.Builder child(Child child) {
    return Child.builder().from(child);
  }

  /** The base dataset with its children replaced. */
  static Dataset withChildren(Child... children) {
    return Dataset.builder().from(DATASET).children(List.of(children)).build();
  }

  static ValidationReport validate(Dataset dataset) {
    return AldeaValidator.create(POLICY).validate(dataset);
  }
}
