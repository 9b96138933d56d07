package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.aldea.core.description.EntityKind;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.LocationId;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.Location;
import org.aldea.testkit.AldeaGenerators;
import org.junit.jupiter.api.Test;

/** Duplicate ids: which entity keeps an id, and what references to a duplicated id find. */
class DuplicateIdsTest {
  @Test
  void theSameChildListedTwiceIsADuplicate() {
    // Validation once told entities apart by identity, and the same object twice was one entity.
    Dataset twice = Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.CHILD_3, Base.CHILD_3);
    assertThat(Base.validate(twice).issues()).extracting(Issue::rule, Issue::pointer)
        .containsExactly(tuple(Rule.ID_DUPLICATE, "/children/3/id"));
  }

  @Test
  void aReferenceFindsTheEntityOfItsKindWhateverAnotherKindIsCalled() {
    // A location before the families has the id of the children's family: the family is reported
    // as a duplicate, and the children still live in it. A whole dataset once said the family was
    // unknown (the first entity with the id was a location) where a stream found it.
    Location namesake = Location.builder().from(Base.OTHER_LOCATION).id(LocationId.of(Base.FAMILY_1.id().value())).build();
    Dataset dataset = Dataset.builder().from(Base.DATASET).locations(List.of(Base.LOCATION, namesake)).build();
    assertThat(Base.validate(dataset).issues()).extracting(Issue::rule, Issue::pointer)
        .containsExactly(tuple(Rule.ID_DUPLICATE, "/families/0/id"));

    List<Issue> streamed = new ArrayList<>();
    ChildStreamValidation stream = AldeaValidator.create(Base.POLICY)
        .validateChildren(Dataset.builder().from(dataset).children(List.of()).build(), streamed::add);
    dataset.children().forEach(stream::accept);
    stream.finish();
    assertThat(streamed).isEmpty();
  }
  /** A streamed child whose id an entity of the context has, of whatever kind, is a duplicate. */
  @Test
  void aStreamedChildWithTheIdOfAnEntityOfTheContextOfAnyKindIsADuplicate() {
    Dataset dataset = AldeaGenerators.dataset(3, 40);
    for (EntityKind<?> kind : EntityKind.values()) {
      Dataset context = kind == EntityKind.CHILDREN ? dataset : Dataset.builder().from(dataset).children(List.of()).build();
      String id = firstId(kind, context);
      List<Issue> streamed = new ArrayList<>();
      ChildStreamValidation stream = AldeaValidator.create(Base.POLICY).validateChildren(context, streamed::add);
      stream.accept(Child.builder().from(dataset.children().get(1)).id(ChildId.of(id)).siblings(List.of()).build());
      stream.finish();
      assertThat(streamed).as(kind.wireName()).extracting(Issue::rule, Issue::pointer)
          .contains(tuple(Rule.ID_DUPLICATE, "/children/0/id"));
    }
  }

  private static <T> String firstId(EntityKind<T> kind, Dataset dataset) {
    return kind.idOf(kind.in(dataset).get(0)).value();
  }
}
