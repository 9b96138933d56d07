package org.aldea.core.description;

import static org.aldea.core.description.Protection.IDENTIFYING;
import static org.aldea.core.description.Protection.NOT_PERSONAL;
import static org.aldea.core.description.Protection.QUASI_IDENTIFYING;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.OutcomeId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.internal.Checks;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.CareSituation.FamilyOfOriginCare;
import org.aldea.core.model.CareSituation.KinshipCare;
import org.aldea.core.model.CareSituation.LeftCare;
import org.aldea.core.model.CareSituation.SosFamilyCare;
import org.aldea.core.model.CareSituation.YouthFollowUp;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Indicator;
import org.aldea.core.model.Location;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.Reach;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.Code;
import org.aldea.core.value.Coordinates;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;

/**
 * The description of the model, in the exchange format's order: each shape with its properties.
 * {@link EntityKind} lists the kinds of entity, each with its shape; the parts and the care union
 * are reached from them.
 */
public final class Model {
  private Model() {}

  /** A location's id. */
  public static final ValueType.Id<LocationId> LOCATION_ID = new ValueType.Id<>("location", LocationId.class, LocationId::of);
  /** A social centre's id. */
  public static final ValueType.Id<CentreId> CENTRE_ID = new ValueType.Id<>("centre", CentreId.class, CentreId::of);
  /** A programme's id. */
  public static final ValueType.Id<ProgrammeId> PROGRAMME_ID =
      new ValueType.Id<>("programme", ProgrammeId.class, ProgrammeId::of);
  /** A village's id. */
  public static final ValueType.Id<VillageId> VILLAGE_ID = new ValueType.Id<>("village", VillageId.class, VillageId::of);
  /** An SOS family's id. */
  public static final ValueType.Id<FamilyId> FAMILY_ID = new ValueType.Id<>("family", FamilyId.class, FamilyId::of);
  /** A child's id. */
  public static final ValueType.Id<ChildId> CHILD_ID = new ValueType.Id<>("child", ChildId.class, ChildId::of);
  /** An outcome's id. */
  public static final ValueType.Id<OutcomeId> OUTCOME_ID = new ValueType.Id<>("outcome", OutcomeId.class, OutcomeId::of);

  /** A name: of a person, a place or a programme. */
  public static final ValueType.Text NAME = new ValueType.Text("name", Checks.MAX_NAME_LENGTH);
  /** A free-text note. */
  public static final ValueType.Text NOTE = new ValueType.Text("note", Checks.MAX_NOTE_LENGTH);

  /** A code of an open catalogue. */
  public static final ValueType.Scalar<Code> CODE = scalar(ValueType.Scalar.Kind.CODE, Code.class);
  /** A country code. */
  public static final ValueType.Scalar<String> COUNTRY = scalar(ValueType.Scalar.Kind.COUNTRY, String.class);
  /** A partial date. */
  public static final ValueType.Scalar<PartialDate> DATE = scalar(ValueType.Scalar.Kind.DATE, PartialDate.class);
  /** A count, exact or qualified. */
  public static final ValueType.Scalar<Count> COUNT = scalar(ValueType.Scalar.Kind.COUNT, Count.class);
  /** A percentage. */
  public static final ValueType.Scalar<Percent> PERCENT = scalar(ValueType.Scalar.Kind.PERCENT, Percent.class);
  /** A boolean. */
  public static final ValueType.Scalar<Boolean> FLAG = scalar(ValueType.Scalar.Kind.FLAG, Boolean.class);
  /** Coordinates. */
  public static final ValueType.Scalar<Coordinates> COORDINATES =
      scalar(ValueType.Scalar.Kind.COORDINATES, Coordinates.class);
  /** An age range. */
  public static final ValueType.Scalar<AgeRange> AGE_RANGE = scalar(ValueType.Scalar.Kind.AGE_RANGE, AgeRange.class);

  /** A context figure of a location. */
  public static final Shape<Indicator> INDICATOR = Shape.of("indicator", "an indicator", Indicator.class)
      .summary("A context figure: a kind, an optional year, and at least one of count and percent.")
      .required("kind", CODE, NOT_PERSONAL, Indicator::kind)
      .optional("year", ints(1, 9999), NOT_PERSONAL, i -> i.year().isPresent() ? i.year().getAsInt() : null)
      .optional("count", COUNT, NOT_PERSONAL, i -> i.count().orElse(null))
      .optional("percent", PERCENT, NOT_PERSONAL, i -> i.percent().orElse(null))
      .optional("note", NOTE, NOT_PERSONAL, i -> i.note().orElse(null))
      .constraint(new Constraint.AtLeastOne(List.of("count", "percent")))
      .make(v -> Indicator.builder().kind(at(v, 0)).year(optionalInt(v, 1)).count(optional(v, 2))
          .percent(optional(v, 3)).note(optional(v, 4)).build())
      .build();

  /** A location. */
  public static final Shape<Location> LOCATION = Shape.of("location", "a location", Location.class)
      .required("id", LOCATION_ID, NOT_PERSONAL, Location::id)
      .required("name", NAME, NOT_PERSONAL, Location::name)
      .required("country", COUNTRY, NOT_PERSONAL, Location::country)
      .required("region", NAME, NOT_PERSONAL, Location::region)
      .optional("population", COUNT, NOT_PERSONAL, l -> l.population().orElse(null))
      .optional("altitudeMetres", ints(Location.MIN_ALTITUDE_METRES, Location.MAX_ALTITUDE_METRES), NOT_PERSONAL,
          l -> l.altitudeMetres().isPresent() ? l.altitudeMetres().getAsInt() : null)
      .optional("distanceToCapitalKm", COUNT, NOT_PERSONAL, l -> l.distanceToCapitalKm().orElse(null))
      .optional("coordinates", COORDINATES, NOT_PERSONAL, l -> l.coordinates().orElse(null))
      .list("indicators", new ValueType.Part<>(INDICATOR), NOT_PERSONAL, Location::indicators)
      .make(v -> {
        Location.Builder location = Location.builder();
        if (v[0] != null) {
          location.id((LocationId) v[0]);
        }
        if (v[1] != null) {
          location.name((String) v[1]);
        }
        if (v[2] != null) {
          location.country((String) v[2]);
        }
        if (v[3] != null) {
          location.region((String) v[3]);
        }
        return location.population(optional(v, 4)).altitudeMetres(optionalInt(v, 5))
            .distanceToCapitalKm(optional(v, 6)).coordinates(optional(v, 7)).addAllIndicators(all(v, 8)).build();
      })
      .build();

  /** A social centre. */
  public static final Shape<SocialCentre> SOCIAL_CENTRE = Shape.of("socialCentre", "a social centre",
          SocialCentre.class)
      .required("id", CENTRE_ID, NOT_PERSONAL, SocialCentre::id)
      .required("name", NAME, NOT_PERSONAL, SocialCentre::name)
      .required("location", LOCATION_ID, NOT_PERSONAL, SocialCentre::location)
      .optional("village", VILLAGE_ID, NOT_PERSONAL, c -> c.village().orElse(null))
      .optional("opened", DATE, NOT_PERSONAL, c -> c.opened().orElse(null))
      .set("services", new ValueType.Choice<>(SocialCentre.Service.class), NOT_PERSONAL, SocialCentre::services)
      .optional("facilities", new ValueType.Tally<>(SocialCentre.Facility.class, 1, SocialCentre.MAX_ROOMS),
          NOT_PERSONAL, c -> c.facilities().isEmpty() ? null : c.facilities())
      .set("staff", new ValueType.Choice<>(SocialCentre.StaffRole.class), NOT_PERSONAL, SocialCentre::staff)
      .optional("dayCarePlaces", ints(0, SocialCentre.MAX_DAY_CARE_PLACES), NOT_PERSONAL,
          c -> c.dayCarePlaces().isPresent() ? c.dayCarePlaces().getAsInt() : null)
      .optional("dailyReach", COUNT, NOT_PERSONAL, c -> c.dailyReach().orElse(null))
      .make(v -> {
        SocialCentre.Builder centre = SocialCentre.builder();
        if (v[0] != null) {
          centre.id((CentreId) v[0]);
        }
        if (v[1] != null) {
          centre.name((String) v[1]);
        }
        if (v[2] != null) {
          centre.location((LocationId) v[2]);
        }
        return centre.village(optional(v, 3)).opened(optional(v, 4)).addAllServices(all(v, 5))
            .putAllFacilities(tally(v, 6)).addAllStaff(all(v, 7)).dayCarePlaces(optionalInt(v, 8))
            .dailyReach(optional(v, 9)).build();
      })
      .build();

  /** How many a programme reached. */
  public static final Shape<Reach> REACH = Shape.of("reach", "a reach", Reach.class)
      .summary("How many a programme reached: at least one of children and families.")
      .optional("children", COUNT, NOT_PERSONAL, r -> r.children().orElse(null))
      .optional("families", COUNT, NOT_PERSONAL, r -> r.families().orElse(null))
      .constraint(new Constraint.AtLeastOne(List.of("children", "families")))
      .make(v -> Reach.builder().children(optional(v, 0)).families(optional(v, 1)).build())
      .build();

  /** A family strengthening programme. */
  public static final Shape<FamilyStrengtheningProgramme> PROGRAMME = Shape.of("programme", "a programme",
          FamilyStrengtheningProgramme.class)
      .required("id", PROGRAMME_ID, NOT_PERSONAL, FamilyStrengtheningProgramme::id)
      .required("name", NAME, NOT_PERSONAL, FamilyStrengtheningProgramme::name)
      .required("location", LOCATION_ID, NOT_PERSONAL, FamilyStrengtheningProgramme::location)
      .optional("centre", CENTRE_ID, NOT_PERSONAL, p -> p.centre().orElse(null))
      .optional("started", DATE, NOT_PERSONAL, p -> p.started().orElse(null))
      .set("focusAreas", new ValueType.Choice<>(FamilyStrengtheningProgramme.FocusArea.class), NOT_PERSONAL,
          FamilyStrengtheningProgramme::focusAreas)
      .optional("targetAge", AGE_RANGE, NOT_PERSONAL, p -> p.targetAge().orElse(null))
      .optional("capacity", COUNT, NOT_PERSONAL, p -> p.capacity().orElse(null))
      .optional("reach", new ValueType.Part<>(REACH), NOT_PERSONAL, p -> p.reach().orElse(null))
      .make(v -> {
        FamilyStrengtheningProgramme.Builder programme = FamilyStrengtheningProgramme.builder();
        if (v[0] != null) {
          programme.id((ProgrammeId) v[0]);
        }
        if (v[1] != null) {
          programme.name((String) v[1]);
        }
        if (v[2] != null) {
          programme.location((LocationId) v[2]);
        }
        return programme.centre(optional(v, 3)).started(optional(v, 4)).addAllFocusAreas(all(v, 5))
            .targetAge(optional(v, 6)).capacity(optional(v, 7)).reach(optional(v, 8)).build();
      })
      .build();

  /** A children's village. */
  public static final Shape<ChildrensVillage> VILLAGE = Shape.of("village", "a village", ChildrensVillage.class)
      .required("id", VILLAGE_ID, NOT_PERSONAL, ChildrensVillage::id)
      .required("name", NAME, NOT_PERSONAL, ChildrensVillage::name)
      .required("location", LOCATION_ID, NOT_PERSONAL, ChildrensVillage::location)
      .optional("opened", DATE, NOT_PERSONAL, v -> v.opened().orElse(null))
      .make(v -> {
        ChildrensVillage.Builder village = ChildrensVillage.builder();
        if (v[0] != null) {
          village.id((VillageId) v[0]);
        }
        if (v[1] != null) {
          village.name((String) v[1]);
        }
        if (v[2] != null) {
          village.location((LocationId) v[2]);
        }
        return village.opened(optional(v, 3)).build();
      })
      .build();

  /** The caregiver of an SOS family. */
  public static final Shape<Caregiver> CAREGIVER = Shape.of("caregiver", "a caregiver", Caregiver.class)
      .required("role", new ValueType.Choice<>(Caregiver.Role.class), NOT_PERSONAL, Caregiver::role)
      .optional("since", DATE, QUASI_IDENTIFYING, c -> c.since().orElse(null))
      .make(v -> {
        Caregiver.Builder caregiver = Caregiver.builder();
        if (v[0] != null) {
          caregiver.role((Caregiver.Role) v[0]);
        }
        return caregiver.since(optional(v, 1)).build();
      })
      .build();

  /** An SOS family. */
  public static final Shape<SosFamily> FAMILY = Shape.of("family", "a family", SosFamily.class)
      .required("id", FAMILY_ID, IDENTIFYING, SosFamily::id)
      .required("village", VILLAGE_ID, NOT_PERSONAL, SosFamily::village)
      .required("caregiver", new ValueType.Part<>(CAREGIVER), NOT_PERSONAL, SosFamily::caregiver)
      .required("capacity", ints(SosFamily.MIN_CAPACITY, SosFamily.MAX_CAPACITY), NOT_PERSONAL,
          SosFamily::capacity)
      .make(v -> {
        SosFamily.Builder family = SosFamily.builder();
        if (v[0] != null) {
          family.id((FamilyId) v[0]);
        }
        if (v[1] != null) {
          family.village((VillageId) v[1]);
        }
        if (v[2] != null) {
          family.caregiver((Caregiver) v[2]);
        }
        if (v[3] != null) {
          family.capacity((Integer) v[3]);
        }
        return family.build();
      })
      .build();

  /** A child's care situation: one of five objects, told apart by {@code type}. */
  public static final ValueType.Union<CareSituation> CARE = new ValueType.Union<>(CareSituation.class, "care", "a care situation",
      "A care situation: one of five objects, told apart by \"type\".", "type", List.of(
          new ValueType.Variant<>("sos_family", Shape.of("sosFamilyCare", "an sos_family care situation", SosFamilyCare.class)
              .make((Object[] v) -> new SosFamilyCare((FamilyId) v[0], (PartialDate) v[1]))
              .required("family", FAMILY_ID, IDENTIFYING, SosFamilyCare::family)
              .required("since", DATE, QUASI_IDENTIFYING, SosFamilyCare::since)
              .build()),
          new ValueType.Variant<>("family_of_origin", Shape.of("familyOfOriginCare",
                  "a family_of_origin care situation", FamilyOfOriginCare.class)
              .make((Object[] v) -> new FamilyOfOriginCare((ProgrammeId) v[0], (PartialDate) v[1]))
              .required("programme", PROGRAMME_ID, NOT_PERSONAL, FamilyOfOriginCare::programme)
              .required("since", DATE, QUASI_IDENTIFYING, FamilyOfOriginCare::since)
              .build()),
          new ValueType.Variant<>("kinship_care", Shape.of("kinshipCare", "a kinship_care care situation", KinshipCare.class)
              .make((Object[] v) -> new KinshipCare((KinshipCare.Relation) v[0], (PartialDate) v[1]))
              .required("relation", new ValueType.Choice<>(KinshipCare.Relation.class), QUASI_IDENTIFYING,
                  KinshipCare::relation)
              .required("since", DATE, QUASI_IDENTIFYING, KinshipCare::since)
              .build()),
          new ValueType.Variant<>("youth_follow_up", Shape.of("youthFollowUpCare",
                  "a youth_follow_up care situation", YouthFollowUp.class)
              .make((Object[] v) -> new YouthFollowUp((PartialDate) v[0]))
              .required("since", DATE, QUASI_IDENTIFYING, YouthFollowUp::since)
              .build()),
          new ValueType.Variant<>("left_care", Shape.of("leftCare", "a left_care care situation", LeftCare.class)
              .make((Object[] v) -> new LeftCare((PartialDate) v[0], (LeftCare.Reason) v[1]))
              .required("on", DATE, QUASI_IDENTIFYING, LeftCare::on)
              .required("reason", new ValueType.Choice<>(LeftCare.Reason.class), QUASI_IDENTIFYING, LeftCare::reason)
              .build())));

  /** A child. */
  public static final Shape<Child> CHILD = Shape.of("child", "a child", Child.class)
      .summary("A child.")
      .required("id", CHILD_ID, IDENTIFYING, Child::id)
      .optional("name", NAME, IDENTIFYING, c -> c.name().orElse(null))
      .required("born", DATE, QUASI_IDENTIFYING, Child::born)
      .required("care", CARE, QUASI_IDENTIFYING, Child::care)
      .required("education", new ValueType.Choice<>(Child.Education.class), QUASI_IDENTIFYING, Child::education)
      .optional("adaptedTeaching", FLAG, QUASI_IDENTIFYING, Child::adaptedTeaching)
      .set("siblings", CHILD_ID, IDENTIFYING, Child::siblings)
      .optional("sponsored", FLAG, QUASI_IDENTIFYING, Child::sponsored)
      .make(v -> {
        Child.Builder child = Child.builder();
        if (v[0] != null) {
          child.id((ChildId) v[0]);
        }
        child.name(optional(v, 1));
        if (v[2] != null) {
          child.born((PartialDate) v[2]);
        }
        if (v[3] != null) {
          child.care((CareSituation) v[3]);
        }
        if (v[4] != null) {
          child.education((Child.Education) v[4]);
        }
        if (v[5] != null) {
          child.adaptedTeaching((Boolean) v[5]);
        }
        if (v[6] != null) {
          child.addAllSiblings(all(v, 6));
        }
        if (v[7] != null) {
          child.sponsored((Boolean) v[7]);
        }
        return child.build();
      })
      .build();

  /** The figure of an outcome, written in the outcome's object. */
  public static final Shape<Measure> MEASURE = Shape.of("measure", "a measure", Measure.class)
      .optional("count", COUNT, NOT_PERSONAL, m -> m.count().orElse(null))
      .optional("percent", PERCENT, NOT_PERSONAL, m -> m.percent().orElse(null))
      .optional("outOf", new ValueType.Whole<>(1, Count.MAX_VALUE, Long.class), NOT_PERSONAL,
          m -> m.outOf().isPresent() ? m.outOf().getAsLong() : null)
      .constraint(new Constraint.AtLeastOne(List.of("count", "percent")))
      .constraint(new Constraint.ExactCountWithin("outOf", "count"))
      .make(v -> Measure.builder().count(optional(v, 0)).percent(optional(v, 1)).outOf(optionalLong(v, 2)).build())
      .build();

  /** What an outcome is about. */
  public static final ValueType.Subject SUBJECT =
      new ValueType.Subject(List.of(PROGRAMME_ID, CENTRE_ID, VILLAGE_ID, LOCATION_ID));

  /** A reported outcome. */
  public static final Shape<Outcome> OUTCOME = Shape.of("outcome", "an outcome", Outcome.class)
      .summary("A reported outcome: exactly one subject (programme, centre, village or location), an indicator, "
          + "a period, and at least one of count and percent; outOf needs an exact count not above it.")
      .required("id", OUTCOME_ID, NOT_PERSONAL, Outcome::id)
      .required("subject", SUBJECT, NOT_PERSONAL, Outcome::subject)
      .required("indicator", CODE, NOT_PERSONAL, Outcome::indicator)
      .required("period", DATE, NOT_PERSONAL, Outcome::period)
      .inline("measure", MEASURE, Outcome::measure)
      .optional("note", NOTE, NOT_PERSONAL, o -> o.note().orElse(null))
      .make(v -> {
        Outcome.Builder outcome = Outcome.builder();
        if (v[0] != null) {
          outcome.id((OutcomeId) v[0]);
        }
        if (v[1] != null) {
          outcome.subject((OutcomeSubject) v[1]);
        }
        if (v[2] != null) {
          outcome.indicator((Code) v[2]);
        }
        if (v[3] != null) {
          outcome.period((PartialDate) v[3]);
        }
        if (v[4] != null) {
          outcome.measure((Measure) v[4]);
        }
        return outcome.note(optional(v, 5)).build();
      })
      .build();

  /**
   * Returns every shape the description reaches from the kinds of entity, each once, parts after
   * the shapes that hold them.
   *
   * @return the shapes
   */
  public static List<Shape<?>> shapes() {
    return Shapes.ALL;
  }

  @SuppressWarnings("unchecked")
  private static <V> V at(Object[] values, int index) {
    return (V) values[index];
  }

  @SuppressWarnings("unchecked")
  private static <V> Optional<V> optional(Object[] values, int index) {
    return Optional.ofNullable((V) values[index]);
  }

  private static OptionalInt optionalInt(Object[] values, int index) {
    return values[index] == null ? OptionalInt.empty() : OptionalInt.of((Integer) values[index]);
  }

  private static OptionalLong optionalLong(Object[] values, int index) {
    return values[index] == null ? OptionalLong.empty() : OptionalLong.of((Long) values[index]);
  }

  @SuppressWarnings("unchecked")
  private static <V> Collection<V> all(Object[] values, int index) {
    return values[index] == null ? List.of() : (Collection<V>) values[index];
  }

  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, V> tally(Object[] values, int index) {
    return values[index] == null ? Map.of() : (Map<K, V>) values[index];
  }

  private static <V> ValueType.Scalar<V> scalar(ValueType.Scalar.Kind kind, Class<V> type) {
    return new ValueType.Scalar<>(kind, type);
  }

  private static ValueType.Whole<Integer> ints(long min, long max) {
    return new ValueType.Whole<>(min, max, Integer.class);
  }

  /** The shapes, collected once every constant above is set. */
  private static final class Shapes {
    static final List<Shape<?>> ALL = collect();

    private static List<Shape<?>> collect() {
      List<Shape<?>> shapes = new java.util.ArrayList<>();
      for (EntityKind<?> kind : EntityKind.values()) {
        add(kind.shape(), shapes);
      }
      return List.copyOf(shapes);
    }

    private static void add(Shape<?> shape, List<Shape<?>> shapes) {
      if (shapes.contains(shape)) {
        return;
      }
      shapes.add(shape);
      for (Property<?> property : shape.properties()) {
        property.type().shapes().forEach(held -> add(held, shapes));
      }
    }
  }
}
