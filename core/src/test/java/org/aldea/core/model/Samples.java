package org.aldea.core.model;

import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.VillageId;
import org.aldea.core.value.PartialDate;

/** Small, valid entities for the core's own tests. */
final class Samples {
  static final LocationId JULIACA = LocationId.of("pe-juliaca");
  static final VillageId VILLAGE = VillageId.of("cv-juliaca");

  private Samples() {}

  static Location location() {
    return Location.builder().id(JULIACA).name("Juliaca").country("PE").region("Puno").build();
  }

  static ChildrensVillage village() {
    return ChildrensVillage.builder().id(VILLAGE).name("Children's Village Juliaca").location(JULIACA)
        .opened(PartialDate.ofYear(2008)).build();
  }

  static SosFamily family(String id, int capacity) {
    return SosFamily.builder().id(FamilyId.of(id)).village(VILLAGE)
        .caregiver(Caregiver.of(Caregiver.Role.SOS_MOTHER)).capacity(capacity).build();
  }

  static Child child(String id, CareSituation care) {
    return Child.builder().id(ChildId.of(id)).born(PartialDate.ofYear(2010)).care(care)
        .education(Child.Education.PRIMARY_SCHOOL).build();
  }

  static CareSituation inFamily(String familyId) {
    return new CareSituation.SosFamilyCare(FamilyId.of(familyId), PartialDate.ofYear(2012));
  }

  static CareSituation followedUp() {
    return new CareSituation.YouthFollowUp(PartialDate.ofYear(2012));
  }
}
