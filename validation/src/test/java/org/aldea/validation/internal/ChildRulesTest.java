package org.aldea.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.PartialDate;
import org.aldea.validation.Issue;
import org.aldea.validation.ValidationPolicy;
import org.junit.jupiter.api.Test;

/** What the rules about children keep of a child's care. */
class ChildRulesTest {
  private static final SosFamily FAMILY = SosFamily.builder().id(FamilyId.of("fam-1")).village(VillageId.of("vil-1"))
      .caregiver(Caregiver.of(Caregiver.Role.SOS_MOTHER)).capacity(4).build();

  @Test
  void theFamilyAChildLivesInIsTheContextsIdNotTheChildsCopyOfIt() {
    // A stream keeps the family of each of its children to the end: a million copies of ids that
    // the context holds once would be a million objects more to keep.
    FamilyId copy = FamilyId.of("fam-1");
    Child child = Child.builder().id(ChildId.of("chi-1")).born(PartialDate.ofYear(2010))
        .care(new CareSituation.SosFamilyCare(copy, PartialDate.ofYear(2012))).education(Child.Education.PRIMARY_SCHOOL)
        .build();
    Dataset context = Dataset.builder().addFamilies(FAMILY).build();
    Collector issues = new Collector(ValidationPolicy.asOf(LocalDate.of(2018, 6, 19)), null);

    FamilyId kept = new ChildRules(context, issues, 1).care(child, 0, issues);

    assertThat(kept).isEqualTo(copy).isSameAs(FAMILY.id()).isNotSameAs(copy);
    assertThat(issues.sorted()).isEmpty();
  }

  @Test
  void aChildInAFamilyTheContextLacksLivesInNoneAndIsReported() {
    Child child = Child.builder().id(ChildId.of("chi-1")).born(PartialDate.ofYear(2010))
        .care(new CareSituation.SosFamilyCare(FamilyId.of("fam-9"), PartialDate.ofYear(2012)))
        .education(Child.Education.PRIMARY_SCHOOL).build();
    Collector issues = new Collector(ValidationPolicy.asOf(LocalDate.of(2018, 6, 19)), null);

    assertThat(new ChildRules(Dataset.builder().addFamilies(FAMILY).build(), issues, 1).care(child, 0, issues)).isNull();
    assertThat(issues.sorted()).extracting(Issue::code).containsExactly("reference.unknown");
  }
}
