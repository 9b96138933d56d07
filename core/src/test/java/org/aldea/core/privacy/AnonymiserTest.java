package org.aldea.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.Location;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.PartialDate;
import org.junit.jupiter.api.Test;

class AnonymiserTest {
  private static final Anonymiser ANONYMISER = Anonymiser.withKey("a key of sixteen+ chars");

  private final Dataset dataset = Dataset.builder()
      .addLocations(Location.builder().id(LocationId.of("pe-juliaca")).name("Juliaca").country("PE").region("Puno").build())
      .addVillages(ChildrensVillage.builder().id(VillageId.of("cv-juliaca")).name("Village").location(LocationId.of("pe-juliaca")).build())
      .addFamilies(SosFamily.builder().id(FamilyId.of("jul-f01")).village(VillageId.of("cv-juliaca"))
          .caregiver(Caregiver.of(Caregiver.Role.SOS_MOTHER)).capacity(8).build())
      .addChildren(
          Child.builder().id(ChildId.of("jul-c001")).name("Rosa Quispe").born(PartialDate.ofDay(2010, 5, 17))
              .care(new CareSituation.SosFamilyCare(FamilyId.of("jul-f01"), PartialDate.ofMonth(2012, 3)))
              .education(Child.Education.PRIMARY_SCHOOL).addSiblings(ChildId.of("jul-c002")).build(),
          Child.builder().id(ChildId.of("jul-c002")).name("Juan Quispe").born(PartialDate.ofMonth(2011, 8))
              .care(new CareSituation.SosFamilyCare(FamilyId.of("jul-f01"), PartialDate.ofMonth(2012, 3)))
              .education(Child.Education.PRIMARY_SCHOOL).addSiblings(ChildId.of("jul-c001")).build())
      .build();

  @Test
  void dropsNamesAndCoarsensBirthDatesToTheYear() {
    Dataset anonymous = ANONYMISER.anonymise(dataset);
    assertThat(anonymous.children()).allSatisfy(child -> {
      assertThat(child.name()).isEmpty();
      assertThat(child.born().precision()).isEqualTo(PartialDate.Precision.YEAR);
    });
    assertThat(anonymous.children()).extracting(child -> child.born().year()).containsExactly(2010, 2011);
  }

  @Test
  void replacesEveryIdAndKeepsReferencesConsistent() {
    Dataset anonymous = ANONYMISER.anonymise(dataset);
    Set<String> original = Set.of("pe-juliaca", "cv-juliaca", "jul-f01", "jul-c001", "jul-c002");
    assertThat(ids(anonymous)).doesNotContainAnyElementsOf(original).hasSize(original.size());
    FamilyId family = anonymous.families().get(0).id();
    assertThat(anonymous.childrenOf(family)).hasSize(2);
    assertThat(anonymous.families().get(0).village()).isEqualTo(anonymous.villages().get(0).id());
    assertThat(anonymous.villages().get(0).location()).isEqualTo(anonymous.locations().get(0).id());
    assertThat(anonymous.children().get(0).siblings()).containsExactly(anonymous.children().get(1).id());
  }

  @Test
  void theSameKeyGivesTheSamePseudonymAndAnotherKeyAnother() {
    assertThat(ANONYMISER.pseudonym("jul-c001")).isEqualTo(Anonymiser.withKey("a key of sixteen+ chars").pseudonym("jul-c001"))
        .matches("p[0-9a-f]{24}");
    assertThat(Anonymiser.withKey("another key of 16 chars").pseudonym("jul-c001")).isNotEqualTo(ANONYMISER.pseudonym("jul-c001"));
    assertThat(ANONYMISER.anonymise(dataset)).isEqualTo(ANONYMISER.anonymise(dataset));
  }

  @Test
  void distinctIdsGetDistinctPseudonyms() {
    Set<String> pseudonyms = IntStream.range(0, 100_000).mapToObj(n -> ANONYMISER.pseudonym("id-" + n))
        .collect(Collectors.toSet());
    assertThat(pseudonyms).hasSize(100_000);
  }

  @Test
  void refusesShortKeys() {
    assertThatIllegalArgumentException().isThrownBy(() -> Anonymiser.withKey("short"));
    // Regression: a key of sixteen spaces was taken.
    assertThatIllegalArgumentException().isThrownBy(() -> Anonymiser.withKey(" ".repeat(16)));
    assertThatIllegalArgumentException().isThrownBy(() -> Anonymiser.withKey("abcdefghijklmno" + "\t".repeat(9)));
  }

  private static Set<String> ids(Dataset dataset) {
    Set<String> ids = new HashSet<>();
    List.of(dataset.locations(), dataset.villages(), dataset.families(), dataset.children()).forEach(list -> list.forEach(
        entity -> ids.add(id(entity).value())));
    return ids;
  }

  private static EntityId id(Object entity) {
    if (entity instanceof Location) {
      return ((Location) entity).id();
    }
    if (entity instanceof ChildrensVillage) {
      return ((ChildrensVillage) entity).id();
    }
    if (entity instanceof SosFamily) {
      return ((SosFamily) entity).id();
    }
    return ((Child) entity).id();
  }
}
