package org.aldea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.PartialDate;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void placesAChildAndIsRefusedAFullFamily() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines(
        "Placed jul-c001 in jul-f01; vacancies left: 0\n"
            + "Refused: Refused for child jul-c002 (family jul-f01): the family is full (capacity 1)\n"
            + "jul-f01: 1 of 1 places taken\n"
            + "jul-f02: 1 of 8 places taken\n");
  }

  /** The README's ten-line quick start, verbatim. */
  @Test
  void theReadmeQuickStartWorks() {
    VillageId village = VillageId.of("cv-juliaca");
    FamilyId family = FamilyId.of("jul-f01");
    Child child = Child.builder().id(ChildId.of("jul-c001")).born(PartialDate.parse("2012"))
        .care(new CareSituation.KinshipCare(CareSituation.KinshipCare.Relation.GRANDPARENT, PartialDate.parse("2016")))
        .education(Child.Education.PRIMARY_SCHOOL).build();
    Dataset dataset = Dataset.builder()
        .addVillages(ChildrensVillage.builder().id(village).name("SOS Children's Village Juliaca").location(LocationId.of("pe-juliaca")).build())
        .addFamilies(SosFamily.builder().id(family).village(village).caregiver(Caregiver.of(Caregiver.Role.SOS_MOTHER)).capacity(8).build())
        .addChildren(child).build();
    Dataset after = dataset.placeChild(child.id(), family, PartialDate.parse("2016-05"));
    assertThat(after.vacancies(family)).hasValue(7);
  }
}
