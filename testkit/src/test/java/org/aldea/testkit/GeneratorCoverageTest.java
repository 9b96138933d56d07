package org.aldea.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aldea.core.description.EntityKind;
import org.aldea.core.description.Model;
import org.aldea.core.description.Presence;
import org.aldea.core.description.Property;
import org.aldea.core.description.Shape;
import org.aldea.core.description.ValueType;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.model.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The generated datasets cover the model as its description lists it: every optional property,
 * list and set filled somewhere, every code of every closed list, every variant of the care union
 * and every kind of outcome subject produced. A property added to the description and not to the
 * generators fails here.
 */
class GeneratorCoverageTest {
  private final Set<String> seen = new TreeSet<>();

  @Test
  void datasetsFillEveryPropertyAndProduceEveryCodeVariantAndSubject() {
    for (long seed = 1; seed <= 40; seed++) {
      Dataset dataset = AldeaGenerators.dataset(seed, 200);
      for (EntityKind<?> kind : EntityKind.values()) {
        walkAll(kind, dataset);
      }
    }
    // What the generators once never filled, named so that the walk below cannot silently skip them.
    assertThat(expected()).contains("child.name", "location.altitudeMetres", "location.distanceToCapitalKm",
        "socialCentre.staff", "socialCentre.dayCarePlaces", "socialCentre.village", "programme.centre",
        "programme.started", "programme.focusAreas", "variant left_care", "subject village", "Facility.PHARMACY");
    assertThat(expected()).allSatisfy(fact -> assertThat(seen).as("what the generators produced").contains(fact));
  }

  /** Every fact the description says a complete generator must produce. */
  private static Set<String> expected() {
    Set<String> facts = new LinkedHashSet<>();
    for (Shape<?> shape : Model.shapes()) {
      for (Property<?> property : shape.properties()) {
        if (property.presence() != Presence.REQUIRED) {
          facts.add(shape.name() + "." + property.wireName());
        }
        property.type().accept(new Facts(facts));
      }
    }
    return facts;
  }

  private <T> void walkAll(EntityKind<T> kind, Dataset dataset) {
    kind.in(dataset).forEach(entity -> walk(kind.shape(), entity));
  }

  private <T> void walk(Shape<T> shape, T value) {
    for (Property<T> property : shape.properties()) {
      Object content = property.valueIn(value);
      if (content == null || content instanceof Collection && ((Collection<?>) content).isEmpty()) {
        continue;
      }
      seen.add(shape.name() + "." + property.wireName());
      if (content instanceof Collection) {
        ((Collection<?>) content).forEach(element -> value(property, element));
      } else {
        value(property, content);
      }
    }
  }

  private void value(Property<?> property, Object value) {
    property.type().accept(new ValueType.Visitor<Void>() {
      @Override
      public Void choice(ValueType.Choice<?> type) {
        seen.add(code(value));
        return null;
      }

      @Override
      public Void tally(ValueType.Tally<?> type) {
        ((Map<?, ?>) value).keySet().forEach(key -> seen.add(code(key)));
        return null;
      }

      @Override
      public Void part(ValueType.Part<?> type) {
        walkPart(type.shape(), value);
        return null;
      }

      @Override
      public Void union(ValueType.Union<?> type) {
        walkVariant(type, value);
        return null;
      }

      @Override
      public Void subject(ValueType.Subject type) {
        seen.add("subject " + type.kindOf((OutcomeSubject) value).noun());
        return null;
      }

      @Override
      public Void id(ValueType.Id<?> type) {
        return null;
      }

      @Override
      public Void text(ValueType.Text type) {
        return null;
      }

      @Override
      public Void scalar(ValueType.Scalar<?> type) {
        return null;
      }

      @Override
      public Void whole(ValueType.Whole<?> type) {
        return null;
      }
    });
  }

  private <T> void walkPart(Shape<T> shape, Object value) {
    walk(shape, shape.type().cast(value));
  }

  private <T> void walkVariant(ValueType.Union<T> union, Object value) {
    ValueType.Variant<? extends T> variant = union.variantOf(union.type().cast(value));
    seen.add("variant " + variant.tag());
    walkPart(variant.shape(), value);
  }

  private static String code(Object constant) {
    Enum<?> code = (Enum<?>) constant;
    return code.getDeclaringClass().getSimpleName() + "." + code.name();
  }

  /** Adds what a value type asks of the generators: its codes, variants and subjects. */
  private static final class Facts implements ValueType.Visitor<Void> {
    private final Set<String> facts;

    Facts(Set<String> facts) {
      this.facts = facts;
    }

    @Override
    public Void choice(ValueType.Choice<?> type) {
      for (Enum<?> constant : type.type().getEnumConstants()) {
        facts.add(code(constant));
      }
      return null;
    }

    @Override
    public Void tally(ValueType.Tally<?> type) {
      for (Enum<?> constant : type.keys().getEnumConstants()) {
        facts.add(code(constant));
      }
      return null;
    }

    @Override
    public Void union(ValueType.Union<?> type) {
      type.variants().forEach(variant -> facts.add("variant " + variant.tag()));
      return null;
    }

    @Override
    public Void subject(ValueType.Subject type) {
      type.kinds().forEach(kind -> facts.add("subject " + kind.noun()));
      return null;
    }

    @Override
    public Void id(ValueType.Id<?> type) {
      return null;
    }

    @Override
    public Void text(ValueType.Text type) {
      return null;
    }

    @Override
    public Void scalar(ValueType.Scalar<?> type) {
      return null;
    }

    @Override
    public Void whole(ValueType.Whole<?> type) {
      return null;
    }

    @Override
    public Void part(ValueType.Part<?> type) {
      return null;
    }
  }
}
