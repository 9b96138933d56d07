package org.aldea.examples;

import java.io.PrintStream;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareOperationRefusedException;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.Location;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;

/**
 * The quick start: builds the children's village of Juliaca (Puno, Peru) with two SOS families,
 * places a child, sees a placement into a full family refused, and prints what it did.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the quick start.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    LocationId juliaca = LocationId.of("pe-juliaca");
    VillageId village = VillageId.of("cv-juliaca");
    Dataset dataset = Dataset.builder()
        .addLocations(Location.builder().id(juliaca).name("Juliaca").country("PE").region("Puno")
            .population(Count.about(300_000)).altitudeMetres(3825).distanceToCapitalKm(Count.about(1300))
            .build())
        .addVillages(ChildrensVillage.builder().id(village).name("SOS Children's Village Juliaca")
            .location(juliaca).opened(PartialDate.ofYear(2008)).build())
        .addFamilies(family("jul-f01", village, 1), family("jul-f02", village, 8))
        .addChildren(child("jul-c001", "2012"), child("jul-c002", "2014-03"))
        .build();

    Dataset placed = dataset.placeChild(ChildId.of("jul-c001"), FamilyId.of("jul-f01"), PartialDate.parse("2016-05"));
    out.println("Placed jul-c001 in jul-f01; vacancies left: " + placed.vacancies(FamilyId.of("jul-f01")).orElseThrow());
    try {
      placed.placeChild(ChildId.of("jul-c002"), FamilyId.of("jul-f01"), PartialDate.parse("2016-06"));
    } catch (CareOperationRefusedException refused) {
      out.println("Refused: " + refused.getMessage());
    }
    placed = placed.placeChild(ChildId.of("jul-c002"), FamilyId.of("jul-f02"), PartialDate.parse("2016-06"));
    for (SosFamily family : placed.familiesOf(village)) {
      out.printf("%s: %d of %d places taken%n", family.id(), placed.occupancy(family.id()), family.capacity());
    }
  }

  private static SosFamily family(String id, VillageId village, int capacity) {
    return SosFamily.builder().id(FamilyId.of(id)).village(village)
        .caregiver(Caregiver.of(Caregiver.Role.SOS_MOTHER)).capacity(capacity).build();
  }

  private static Child child(String id, String born) {
    return Child.builder().id(ChildId.of(id)).born(PartialDate.parse(born))
        .care(new CareSituation.KinshipCare(CareSituation.KinshipCare.Relation.GRANDPARENT, PartialDate.parse("2016"))).education(Child.Education.PRIMARY_SCHOOL)
        .build();
  }
}
