package org.aldea.examples;

import java.time.LocalDate;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.CareSituation.KinshipCare;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.Location;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.PartialDate;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.ValidationReport;

/**
 * The README's quick start, line for line ({@code QuickStartTest} keeps the two the same, and checks
 * that it prints what its comments say): the children's village of Juliaca (Puno, Peru) with one SOS
 * family and a child living with her grandparents, who is placed in the family; the result is
 * validated.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    LocationId juliaca = LocationId.of("pe-juliaca");
    VillageId village = VillageId.of("cv-juliaca");
    FamilyId family = FamilyId.of("jul-f01");
    Child child = Child.builder().id(ChildId.of("jul-c001")).born(PartialDate.parse("2012"))
        .care(new KinshipCare(KinshipCare.Relation.GRANDPARENT, PartialDate.parse("2016")))
        .education(Child.Education.PRIMARY_SCHOOL).build();
    Dataset dataset = Dataset.builder()
        .addLocations(Location.builder().id(juliaca).name("Juliaca").country("PE").region("Puno").build())
        .addVillages(ChildrensVillage.builder().id(village).name("SOS Children's Village Juliaca")
            .location(juliaca).build())
        .addFamilies(SosFamily.builder().id(family).village(village)
            .caregiver(Caregiver.of(Caregiver.Role.SOS_MOTHER)).capacity(8).build())
        .addChildren(child)
        .build();

    // A care operation returns a new dataset; it refuses to break a rule (a full family, say).
    Dataset placed = dataset.placeChild(child.id(), family, PartialDate.parse("2016-05"));
    System.out.println(placed.vacancies(family));              // OptionalInt[7]
    CareSituation care = placed.child(child.id()).orElseThrow().care();
    System.out.println(care);                                  // SosFamilyCare[family=jul-f01, since=2016-05]

    ValidationPolicy asOf = ValidationPolicy.asOf(LocalDate.of(2018, 6, 19));
    ValidationReport report = AldeaValidator.create(asOf).validate(placed);
    System.out.println(report);                                // valid: 0 errors, 0 warnings
  }
}
