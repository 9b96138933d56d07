package org.aldea.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.value.PartialDate;
import org.junit.jupiter.api.Test;

/** A child's name is personal data: it never leaves the model through text meant for people. */
class PersonalDataTest {
  private static final String NAME = "Rosa Quispe Mamani";

  @Test
  void aChildsNameIsRedactedFromToString() {
    Child child = Child.builder().from(Samples.child("c1", Samples.followedUp())).name(NAME).build();
    assertThat(child.toString()).doesNotContain("Rosa").doesNotContain("Quispe").contains("c1");
    assertThat(child.name()).contains(NAME);
  }

  @Test
  void aDatasetsToStringHoldsNoName() {
    Child child = Child.builder().from(Samples.child("c1", Samples.followedUp())).name(NAME).build();
    Dataset dataset = Dataset.builder().addChildren(child).build();
    assertThat(dataset.toString()).doesNotContain("Rosa");
  }

  @Test
  void aRefusedOperationDoesNotNameTheChild() {
    Child child = Child.builder().from(Samples.child("c1", Samples.followedUp())).name(NAME).build();
    Dataset dataset = Dataset.builder().addVillages(Samples.village()).addFamilies(Samples.family("f1", 1))
        .addChildren(child, Samples.child("c2", Samples.inFamily("f1"))).build();
    Throwable refused = catchThrowable(() -> dataset.placeChild(ChildId.of("c1"), FamilyId.of("f1"), PartialDate.ofYear(2013)));
    assertThat(refused).isInstanceOf(CareOperationRefusedException.class);
    assertThat(refused.getMessage()).doesNotContain("Rosa").contains("c1").contains("f1");
  }
}
