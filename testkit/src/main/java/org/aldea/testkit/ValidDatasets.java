package org.aldea.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.aldea.core.description.EntityKind;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.OutcomeId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Indicator;
import org.aldea.core.model.Location;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.Reach;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.core.model.StandardIndicator;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.Coordinates;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;

/**
 * Builds a dataset that breaks no business rule as of {@link PeruFixtures#AS_OF}, from a seed.
 *
 * <p>Every date lies in 1990–2017; children are born from 2000 on, so nobody is too old for care;
 * every care date is at least a year after birth; programmes admit ages 0–17 and children's
 * programme support begins before they are 17; siblings share a family and list each other; shares
 * carry a percent rounded half up from their count and total. The children are placed
 * {@value #CHILDREN_PER_LOCATION} to a location, in order, so that the dataset can be made a
 * location at a time.
 */
final class ValidDatasets {
  /** The children of each location but the last, which has the rest. */
  static final int CHILDREN_PER_LOCATION = 500;

  private final SplittableRandom random;
  private final int children;
  /** The part being made: one location and everything at it. */
  private Dataset.Builder dataset;
  private int nextFamily;
  private int nextOutcome;

  /** The village, centre and programme of one location, and its family being filled. */
  private static final class Place {
    final LocationId location;
    final VillageId village;
    final ProgrammeId programme;
    final CentreId centre;
    final int openedYear;
    FamilyId family;
    int capacity;
    int occupancy;
    Child.Builder lastInFamily;
    ChildId lastInFamilyId;

    Place(int index, int openedYear) {
      location = LocationId.of("loc-" + index);
      village = VillageId.of("vil-" + index);
      programme = ProgrammeId.of("pro-" + index);
      centre = CentreId.of("cen-" + index);
      this.openedYear = openedYear;
    }
  }

  private ValidDatasets(long seed, int children) {
    this.random = new SplittableRandom(seed);
    this.children = children;
  }

  static Dataset build(long seed, int children) {
    Dataset.Builder whole = Dataset.builder();
    parts(seed, children).forEachRemaining(part -> EntityKind.values().forEach(kind -> addAll(kind, part, whole)));
    return whole.build();
  }

  private static <T> void addAll(EntityKind<T> kind, Dataset part, Dataset.Builder whole) {
    kind.in(part).forEach(entity -> kind.addTo(whole, entity));
  }

  /**
   * The dataset of a seed and size in parts, made as they are asked for: a location and everything
   * at it each (its village, centre, programme, outcomes, families and children), so that a large
   * dataset can be written in constant memory. Together, in order, they are {@link #build}'s.
   */
  static Iterator<Dataset> parts(long seed, int children) {
    ValidDatasets generator = new ValidDatasets(seed, children);
    int locations = (int) Math.max(1, ((long) children + CHILDREN_PER_LOCATION - 1) / CHILDREN_PER_LOCATION);
    // A sequential stream's iterator makes each part when it is asked for, in order.
    return IntStream.range(0, locations).mapToObj(generator::part).iterator();
  }

  /** Makes the location of an index and everything at it, its children the next of the dataset. */
  private Dataset part(int index) {
    dataset = Dataset.builder();
    Place place = addPlace(index);
    int first = index * CHILDREN_PER_LOCATION; // at most children: an int
    int last = (int) Math.min(children, (long) first + CHILDREN_PER_LOCATION);
    List<Child.Builder> built = new ArrayList<>(last - first);
    for (int c = first; c < last; c++) {
      built.add(child(c, place));
    }
    built.forEach(child -> dataset.addChildren(child.build()));
    return dataset.build();
  }

  private Place addPlace(int index) {
    Place place = new Place(index, year(1990, 2005));
    Location.Builder location = Location.builder().id(place.location).name("Location " + index).country("PE")
        .region("Region " + index).population(Count.about(random.nextLong(1000, 2_000_000)));
    if (random.nextBoolean()) {
      location.altitudeMetres(random.nextInt(0, 4500)).distanceToCapitalKm(Count.about(random.nextInt(1, 1500)))
          .coordinates(Coordinates.of(random.nextDouble(-18, 0), random.nextDouble(-81, -69)));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      location.addIndicators(indicator(place.openedYear));
    }
    dataset.addLocations(location.build());
    dataset.addVillages(ChildrensVillage.builder().id(place.village).name("Village " + index).location(place.location)
        .opened(PartialDate.ofYear(place.openedYear)).build());
    dataset.addSocialCentres(SocialCentre.builder().id(place.centre).name("Centre " + index).location(place.location)
        .village(random.nextBoolean() ? java.util.Optional.of(place.village) : java.util.Optional.empty())
        .opened(PartialDate.ofMonth(place.openedYear, 1 + random.nextInt(12)))
        .addAllServices(some(SocialCentre.Service.class)).putAllFacilities(rooms()).addAllStaff(some(SocialCentre.StaffRole.class))
        .dayCarePlaces(random.nextBoolean() ? OptionalInt.of(random.nextInt(0, 200)) : OptionalInt.empty())
        .dailyReach(Count.about(random.nextInt(50, 600))).build());
    dataset.addProgrammes(FamilyStrengtheningProgramme.builder().id(place.programme).name("Programme " + index)
        .location(place.location).centre(place.centre).started(PartialDate.ofYear(place.openedYear))
        .addAllFocusAreas(some(FamilyStrengtheningProgramme.FocusArea.class)).targetAge(AgeRange.of(0, 18))
        .capacity(Count.upTo(random.nextInt(10, 200)))
        .reach(random.nextBoolean() ? Optional.of(reach()) : Optional.empty()).build());
    for (OutcomeSubject subject : List.of(place.location, place.centre, place.programme, place.village)) {
      if (random.nextInt(3) == 0) {
        dataset.addOutcomes(outcome(subject, place.openedYear));
      }
    }
    return place;
  }

  private Outcome outcome(OutcomeSubject subject, int startYear) {
    StandardIndicator[] indicators = StandardIndicator.values();
    Measure measure;
    int kind = random.nextInt(5);
    if (kind < 2) {
      measure = Measure.of(Count.of(Count.Qualifier.values()[random.nextInt(5)], random.nextInt(0, 2000)));
    } else if (kind == 2) {
      measure = Measure.of(Percent.of(BigDecimal.valueOf(random.nextInt(0, 10_001), 2)));
    } else {
      int total = random.nextInt(1, 2000);
      int part = random.nextInt(0, total + 1);
      BigDecimal percent = BigDecimal.valueOf(part * 100L)
          .divide(BigDecimal.valueOf(total), random.nextInt(3), RoundingMode.HALF_UP);
      measure = Measure.builder().count(Count.exactly(part)).percent(Percent.of(percent)).outOf(total).build();
    }
    return Outcome.builder().id(OutcomeId.of("out-" + nextOutcome++)).subject(subject)
        .indicator(indicators[random.nextInt(indicators.length)].code())
        .period(PartialDate.ofYear(year(startYear, 2017))).measure(measure)
        .note(random.nextInt(4) == 0 ? Optional.of("Reported by the programme") : Optional.empty()).build();
  }

  /** A context figure of a location: a count, a percent or both, with or without a year and a note. */
  private Indicator indicator(int startYear) {
    Indicator.Builder indicator = Indicator.builder().kind(StandardIndicator.values()[random.nextInt(
        StandardIndicator.values().length)].code());
    int figures = random.nextInt(1, 4);
    if ((figures & 1) != 0) {
      indicator.count(Count.about(random.nextInt(0, 100_000)));
    }
    if ((figures & 2) != 0) {
      indicator.percent(Percent.of(BigDecimal.valueOf(random.nextInt(0, 10_001), 2)));
    }
    if (random.nextBoolean()) {
      indicator.year(year(startYear, 2017));
    }
    if (random.nextBoolean()) {
      indicator.note("From the census");
    }
    return indicator.build();
  }

  /** How many a programme reached: children, families or both. */
  private Reach reach() {
    int which = random.nextInt(1, 4);
    return Reach.builder()
        .children((which & 1) != 0 ? Optional.of(Count.atLeast(random.nextInt(0, 500))) : Optional.empty())
        .families((which & 2) != 0 ? Optional.of(Count.exactly(random.nextInt(0, 300))) : Optional.empty())
        .build();
  }

  /** Some of the constants of an enum, each with an even chance. */
  private <E extends Enum<E>> Set<E> some(Class<E> type) {
    Set<E> chosen = EnumSet.noneOf(type);
    for (E constant : type.getEnumConstants()) {
      if (random.nextBoolean()) {
        chosen.add(constant);
      }
    }
    return chosen;
  }

  /** Some kinds of room, one to four of each. */
  private Map<SocialCentre.Facility, Integer> rooms() {
    Map<SocialCentre.Facility, Integer> rooms = new EnumMap<>(SocialCentre.Facility.class);
    some(SocialCentre.Facility.class).forEach(facility -> rooms.put(facility, random.nextInt(1, 5)));
    return rooms;
  }

  private Child.Builder child(int index, Place place) {
    ChildId id = ChildId.of("chi-" + index);
    int bornYear = year(2000, 2016);
    PartialDate born = date(bornYear);
    Child.Builder child = Child.builder().id(id).born(born)
        .education(Child.Education.values()[random.nextInt(Child.Education.values().length)])
        .adaptedTeaching(random.nextInt(10) == 0).sponsored(random.nextBoolean())
        .name(random.nextInt(8) == 0 ? Optional.of("Name " + index) : Optional.empty());
    PartialDate since = date(year(Math.max(bornYear + 1, place.openedYear), Math.min(2017, bornYear + 16)));
    int kind = random.nextInt(10);
    if (kind < 5) {
      if (place.family == null || place.occupancy == place.capacity) {
        place.family = FamilyId.of("fam-" + nextFamily++);
        place.capacity = random.nextInt(1, 16);
        place.occupancy = 0;
        place.lastInFamily = null;
        dataset.addFamilies(SosFamily.builder().id(place.family).village(place.village)
            .caregiver(Caregiver.builder().role(Caregiver.Role.values()[random.nextInt(3)])
                .since(random.nextBoolean() ? Optional.of(date(year(place.openedYear, 2017))) : Optional.empty())
                .build())
            .capacity(place.capacity).build());
      }
      place.occupancy++;
      child.care(new CareSituation.SosFamilyCare(place.family, since));
      if (place.lastInFamily != null && random.nextInt(4) == 0) {
        child.addSiblings(place.lastInFamilyId);
        place.lastInFamily.addSiblings(id);
      }
      place.lastInFamily = child;
      place.lastInFamilyId = id;
    } else if (kind < 7) {
      child.care(new CareSituation.FamilyOfOriginCare(place.programme, since));
    } else if (kind < 8) {
      child.care(new CareSituation.KinshipCare(
          CareSituation.KinshipCare.Relation.values()[random.nextInt(4)], since));
    } else if (kind < 9) {
      child.care(new CareSituation.YouthFollowUp(since));
    } else {
      child.care(new CareSituation.LeftCare(since, CareSituation.LeftCare.Reason.values()[random.nextInt(5)]));
    }
    return child;
  }

  private int year(int from, int to) {
    return from >= to ? from : random.nextInt(from, to + 1);
  }

  /** A date in the year, at a random precision. */
  private PartialDate date(int year) {
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }
}
