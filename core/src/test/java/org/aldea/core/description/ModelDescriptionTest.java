package org.aldea.core.description;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.junit.jupiter.api.Test;

/**
 * The description says everything about the model it claims to: every property of every type is
 * described, with a data-protection class, every permitted case of a sealed type has its place, and
 * the dates about a child are classed as quasi-identifying.
 */
class ModelDescriptionTest {
  @Test
  void everyShapeDescribesExactlyTheProperties() {
    for (Shape<?> shape : Model.shapes()) {
      assertThat(shape.properties().stream().map(Property::wireName).collect(Collectors.toSet()))
          .as(shape.name()).isEqualTo(javaProperties(shape.type()));
    }
  }

  /** The attributes of an Immutables type (the fields of its generated class) or a record's components. */
  private static Set<String> javaProperties(Class<?> type) {
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
    try {
      Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      return Arrays.stream(generated.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers()))
          .map(Field::getName).collect(Collectors.toSet());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(type + " is neither a record nor an Immutables type", e);
    }
  }

  @Test
  void everyPropertyHasADataProtectionClassAndEveryIndexItsPlace() {
    for (Shape<?> shape : Model.shapes()) {
      for (int i = 0; i < shape.properties().size(); i++) {
        Property<?> property = shape.properties().get(i);
        assertThat(property.protection()).as(shape + "." + property).isNotNull();
        assertThat(property.index()).as(shape + "." + property).isEqualTo(i);
      }
    }
  }

  @Test
  void everyCareSituationIsAVariantOfTheCareUnion() {
    List<Class<?>> variants = Model.CARE.variants().stream().map(variant -> variant.shape().type())
        .collect(Collectors.toList());
    assertThat(variants).containsExactlyInAnyOrder(CareSituation.class.getPermittedSubclasses());
  }

  @Test
  void everyKindOfOutcomeSubjectHasAKey() {
    List<Class<?>> kinds = Model.SUBJECT.kinds().stream().map(ValueType.Id::type).collect(Collectors.toList());
    assertThat(kinds)
        .containsExactlyInAnyOrder(OutcomeSubject.class.getPermittedSubclasses());
  }

  @Test
  void everyKindOfEntityHasAnIdOfItsOwnType() {
    Set<Class<?>> ids = EntityKind.values().stream()
        .map(kind -> ((ValueType.Id<?>) kind.shape().property("id").orElseThrow().type()).type())
        .collect(Collectors.toSet());
    assertThat(ids).hasSize(EntityKind.values().size());
    assertThat(ids).allSatisfy(id -> assertThat(EntityId.class).isAssignableFrom(id));
  }

  @Test
  void aChildsNameIsIdentifyingAndEveryDateAboutAChildQuasiIdentifying() {
    assertThat(Model.CHILD.property("name").orElseThrow().protection()).isEqualTo(Protection.IDENTIFYING);
    assertThat(Model.CHILD.property("id").orElseThrow().protection()).isEqualTo(Protection.IDENTIFYING);
    List<Shape<?>> aboutChildren = Model.CARE.variants().stream().map(ValueType.Variant::shape)
        .collect(Collectors.toList());
    aboutChildren.add(Model.CHILD);
    aboutChildren.add(Model.CAREGIVER);
    for (Shape<?> shape : aboutChildren) {
      shape.properties().stream().filter(property -> property.type() == Model.DATE).forEach(date ->
          assertThat(date.protection()).as(shape + "." + date).isEqualTo(Protection.QUASI_IDENTIFYING));
    }
  }

  @Test
  void anIdentifyingValueThatIsNotAnIdCanBeDropped() {
    for (Shape<?> shape : Model.shapes()) {
      shape.properties().stream()
          .filter(property -> property.protection() == Protection.IDENTIFYING)
          .filter(property -> !(property.type() instanceof ValueType.Id))
          .forEach(property -> assertThat(property.presence()).as(shape + "." + property)
              .isNotEqualTo(Presence.REQUIRED));
    }
  }

  @Test
  void makingAValueFromItsPropertiesGivesItBack() {
    Child child = Child.builder().id(org.aldea.core.id.ChildId.of("c1")).name("N")
        .born(org.aldea.core.value.PartialDate.ofYear(2010))
        .care(new CareSituation.YouthFollowUp(org.aldea.core.value.PartialDate.ofYear(2020)))
        .education(Child.Education.PRIMARY_SCHOOL).adaptedTeaching(true)
        .addSiblings(org.aldea.core.id.ChildId.of("c2")).sponsored(true).build();
    assertThat(Model.CHILD.make(Model.CHILD.valuesOf(child))).isEqualTo(child);
  }
}
