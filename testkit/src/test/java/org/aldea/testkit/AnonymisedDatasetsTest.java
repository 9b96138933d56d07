package org.aldea.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Collection;
import java.util.List;
import org.aldea.core.description.EntityKind;
import org.aldea.core.description.Model;
import org.aldea.core.description.Property;
import org.aldea.core.description.Protection;
import org.aldea.core.description.Shape;
import org.aldea.core.description.ValueType;
import org.aldea.core.id.EntityId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.privacy.Anonymiser;
import org.aldea.core.value.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * What anonymisation leaves, checked against the description on generated datasets that fill every
 * property: no identifying value but pseudonymous ids, every quasi-identifying date coarsened to the
 * month (a birth date to the year), and the same result for an entity of a stream as in its dataset.
 */
class AnonymisedDatasetsTest {
  private static final Anonymiser ANONYMISER = Anonymiser.withKey("a key of sixteen characters");

  @Test
  void anonymisedDatasetsHoldNoIdentifyingValueAndOnlyCoarseDates() {
    for (long seed = 1; seed <= 10; seed++) {
      Dataset anonymous = ANONYMISER.anonymise(AldeaGenerators.dataset(seed, 200));
      for (EntityKind<?> kind : EntityKind.values()) {
        check(kind, anonymous);
      }
    }
  }

  private <T> void check(EntityKind<T> kind, Dataset dataset) {
    kind.in(dataset).forEach(entity -> check(kind.shape(), entity));
  }

  private <T> void check(Shape<T> shape, T value) {
    for (Property<T> property : shape.properties()) {
      Object content = property.valueIn(value);
      if (content == null) {
        continue;
      }
      List<?> values = content instanceof Collection ? List.copyOf((Collection<?>) content) : List.of(content);
      for (Object each : values) {
        if (each instanceof EntityId) {
          assertThat(((EntityId) each).value()).as(shape + "." + property).matches("p[0-9a-f]{24}");
        } else if (property.protection() == Protection.IDENTIFYING) {
          throw new AssertionError(shape + "." + property + " was kept");
        } else if (each instanceof PartialDate && property.protection() == Protection.QUASI_IDENTIFYING) {
          PartialDate.Precision coarsest = property == Model.CHILD.property("born").orElseThrow()
              ? PartialDate.Precision.YEAR : PartialDate.Precision.MONTH;
          assertThat(((PartialDate) each).precision()).as(shape + "." + property).isLessThanOrEqualTo(coarsest);
        } else if (property.type() instanceof ValueType.Part) {
          checkPart(((ValueType.Part<?>) property.type()).shape(), each);
        } else if (property.type() == Model.CARE) {
          checkPart(Model.CARE.variantOf((CareSituation) each).shape(), each);
        }
      }
    }
  }

  private <T> void checkPart(Shape<T> shape, Object value) {
    check(shape, shape.type().cast(value));
  }

  @Test
  void aChildOfAStreamIsAnonymisedAsInItsDataset() {
    Dataset dataset = AldeaGenerators.dataset(7, 50);
    List<Child> inDataset = ANONYMISER.anonymise(dataset).children();
    assertThat(dataset.children().stream().map(child -> ANONYMISER.anonymise(EntityKind.CHILDREN, child)))
        .containsExactlyElementsOf(inDataset);
  }

  @Test
  void careDatesKeepTheirMonthAndBirthDatesTheirYear() {
    Child child = AldeaGenerators.dataset(3, 1).children().get(0);
    Child anonymous = ANONYMISER.anonymise(Child.builder().from(child)
        .born(PartialDate.ofDay(2005, 6, 17))
        .care(new CareSituation.YouthFollowUp(PartialDate.ofDay(2016, 3, 9))).build());
    assertThat(anonymous.born()).isEqualTo(PartialDate.ofYear(2005));
    assertThat(anonymous.care().date()).isEqualTo(PartialDate.ofMonth(2016, 3));
  }

  @Test
  void thePolicyMayCoarsenEveryDateAboutAChildToTheYear() {
    Anonymiser yearly = ANONYMISER.withDatesCoarsenedTo(PartialDate.Precision.YEAR);
    Child child = AldeaGenerators.dataset(3, 1).children().get(0);
    Child anonymous = yearly.anonymise(Child.builder().from(child)
        .care(new CareSituation.YouthFollowUp(PartialDate.ofDay(2016, 3, 9))).build());
    assertThat(anonymous.care().date()).isEqualTo(PartialDate.ofYear(2016));
    assertThat(yearly.pseudonym("c1")).isEqualTo(ANONYMISER.pseudonym("c1"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ANONYMISER.withDatesCoarsenedTo(PartialDate.Precision.DAY));
  }
}
