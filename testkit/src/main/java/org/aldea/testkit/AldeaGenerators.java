package org.aldea.testkit;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
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
import org.aldea.core.value.Code;
import org.aldea.core.value.Coordinates;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of every Aldea value type and entity, and of whole datasets.
 *
 * <p>Value and entity generators are built from QuickTheories' combinators, so failures shrink.
 * Entities from {@link #children()}, {@link #families()} and so on have random ids and references:
 * each is valid on its own (tier 1) but they do not form a consistent dataset. For that, use
 * {@link #datasets(int)}: a dataset whose references resolve and which breaks no business rule as
 * of {@link PeruFixtures#AS_OF}, drawn from one random seed (it does not shrink; the seed is
 * printed on failure). {@link ChildStream} gives an arbitrarily long stream of children for load
 * tests.
 *
 * <p>Every generator is usable from any test framework: {@code qt().forAll(AldeaGenerators.datasets(100))}.
 */
public final class AldeaGenerators {
  private AldeaGenerators() {}

  /** {@return a generator of ids matching the wire pattern, with the characters it allows} */
  public static Gen<String> idValues() {
    Gen<Character> first = Generate.pick(List.of('a', 'z', 'A', 'Z', '0', '9', 'q'));
    Gen<Character> rest = Generate.pick(List.of('a', 'b', 'Y', '5', '.', '_', '-'));
    return first.zip(lists().of(rest).ofSizeBetween(0, 20), (head, tail) -> {
      StringBuilder id = new StringBuilder().append(head);
      tail.forEach(id::append);
      return id.toString();
    });
  }

  /** {@return a generator of child ids} */
  public static Gen<ChildId> childIds() {
    return idValues().map(ChildId::of);
  }

  /** {@return a generator of family ids} */
  public static Gen<FamilyId> familyIds() {
    return idValues().map(FamilyId::of);
  }

  /** {@return a generator of counts with every qualifier, mostly small} */
  public static Gen<Count> counts() {
    return Generate.enumValues(Count.Qualifier.class)
        .zip(longs().between(0, 2000).mix(longs().between(0, Count.MAX_VALUE), 5), Count::of);
  }

  /** {@return a generator of partial dates of every precision between 1990 and 2018} */
  public static Gen<PartialDate> partialDates() {
    return integers().between(1990, 2018).zip(integers().between(1, 12), integers().between(1, 28),
        Generate.enumValues(PartialDate.Precision.class), (year, month, day, precision) -> {
          switch (precision) {
            case YEAR:
              return PartialDate.ofYear(year);
            case MONTH:
              return PartialDate.ofMonth(year, month);
            default:
              return PartialDate.ofDay(year, month, day);
          }
        });
  }

  /** {@return a generator of percents with 0, 1 or 2 decimals} */
  public static Gen<Percent> percents() {
    return integers().between(0, 10_000).zip(integers().between(0, 2),
        (hundredths, decimals) -> Percent.of(BigDecimal.valueOf(hundredths, 2)
            .setScale(decimals, java.math.RoundingMode.DOWN)));
  }

  /** {@return a generator of coordinates anywhere on the globe} */
  public static Gen<Coordinates> coordinates() {
    return doubles().between(-90, 90).zip(doubles().between(-180, 180), Coordinates::of);
  }

  /** {@return a generator of age ranges} */
  public static Gen<AgeRange> ageRanges() {
    return integers().between(0, 20).zip(integers().between(1, 10), (min, width) -> AgeRange.of(min, min + width));
  }

  /** {@return a generator of codes in the form of indicator codes} */
  public static Gen<Code> codes() {
    return Generate.enumValues(StandardIndicator.class).map(StandardIndicator::code)
        .mix(integers().between(0, 999).map(n -> Code.of("custom_" + n)), 20);
  }

  /** {@return a generator of care situations of every kind} */
  public static Gen<CareSituation> careSituations() {
    Gen<PartialDate> dates = partialDates();
    return Generate.oneOf(
        familyIds().zip(dates, CareSituation.SosFamilyCare::new),
        idValues().map(ProgrammeId::of).zip(dates, CareSituation.FamilyOfOriginCare::new),
        Generate.enumValues(CareSituation.KinshipCare.Relation.class).zip(dates, CareSituation.KinshipCare::new),
        dates.map(CareSituation.YouthFollowUp::new),
        dates.zip(Generate.enumValues(CareSituation.LeftCare.Reason.class), CareSituation.LeftCare::new));
  }

  /** {@return a generator of children with random references (valid on their own)} */
  public static Gen<Child> children() {
    return childIds().zip(partialDates(), careSituations(), Generate.enumValues(Child.Education.class),
        booleans().all(), (id, born, care, education, flag) -> Child.builder().id(id).born(born).care(care)
            .education(education).adaptedTeaching(flag).sponsored(!flag).build());
  }

  /** {@return a generator of SOS families with random references} */
  public static Gen<SosFamily> families() {
    return familyIds().zip(idValues().map(VillageId::of), integers().between(1, 15),
        Generate.enumValues(Caregiver.Role.class), (id, village, capacity, role) -> SosFamily.builder().id(id)
            .village(village).caregiver(Caregiver.of(role)).capacity(capacity).build());
  }

  /** {@return a generator of locations with context figures} */
  public static Gen<Location> locations() {
    Gen<Indicator> indicators = codes().zip(counts().toOptionals(50), percents(), (kind, count, percent) ->
        Indicator.builder().kind(kind).count(count).percent(percent).build());
    return idValues().map(LocationId::of).zip(counts().toOptionals(50), coordinates().toOptionals(50),
        lists().of(indicators).ofSizeBetween(0, 3), (id, population, where, figures) -> Location.builder()
            .id(id).name("Location " + id).country("PE").region("Region").population(population)
            .coordinates(where).indicators(figures).build());
  }

  /** {@return a generator of social centres with random references} */
  public static Gen<SocialCentre> socialCentres() {
    return idValues().map(CentreId::of).zip(partialDates().toOptionals(50), counts().toOptionals(50),
        lists().of(Generate.enumValues(SocialCentre.Service.class)).ofSizeBetween(0, 4),
        (id, opened, reach, services) -> SocialCentre.builder().id(id).name("Centre " + id)
            .location(LocationId.of("loc-" + id)).opened(opened).dailyReach(reach).addAllServices(services)
            .putFacilities(SocialCentre.Facility.KITCHEN, 1).build());
  }

  /** {@return a generator of programmes with random references} */
  public static Gen<FamilyStrengtheningProgramme> programmes() {
    return idValues().map(ProgrammeId::of).zip(ageRanges().toOptionals(50), counts(), counts().toOptionals(50),
        (id, ages, capacity, children) -> FamilyStrengtheningProgramme.builder().id(id).name("Programme " + id)
            .location(LocationId.of("loc-" + id)).targetAge(ages).capacity(capacity)
            .reach(Reach.builder().children(children).families(Count.about(10)).build()).build());
  }

  /** {@return a generator of children's villages with random references} */
  public static Gen<ChildrensVillage> villages() {
    return idValues().map(VillageId::of).zip(partialDates().toOptionals(50), (id, opened) -> ChildrensVillage
        .builder().id(id).name("Village " + id).location(LocationId.of("loc-" + id)).opened(opened).build());
  }

  /** {@return a generator of measures: counts, percents and consistent or inconsistent shares} */
  public static Gen<Measure> measures() {
    Gen<Measure> shares = integers().between(1, 5000).flatMap(total -> integers().between(0, total)
        .zip(percents().toOptionals(50), (part, percent) -> Measure.builder().count(Count.exactly(part))
            .percent(percent).outOf(total).build()));
    return Generate.oneOf(counts().map(Measure::of), percents().map(Measure::of), shares);
  }

  /** {@return a generator of outcomes with random subjects} */
  public static Gen<Outcome> outcomes() {
    Gen<OutcomeSubject> subjects = idValues().zip(integers().between(0, 3), (id, kind) -> {
      switch (kind) {
        case 0:
          return LocationId.of(id);
        case 1:
          return CentreId.of(id);
        case 2:
          return ProgrammeId.of(id);
        default:
          return VillageId.of(id);
      }
    });
    return idValues().map(OutcomeId::of).zip(subjects, codes(), partialDates(), measures(),
        (id, subject, indicator, period, measure) -> Outcome.builder().id(id).subject(subject)
            .indicator(indicator).period(period).measure(measure).build());
  }

  /**
   * Returns referentially consistent datasets with exactly the given number of children, which break
   * no business rule as of {@link PeruFixtures#AS_OF} with the default policy.
   *
   * @param children how many children each dataset has
   * @return the generator
   */
  public static Gen<Dataset> datasets(int children) {
    if (children < 0) {
      throw new IllegalArgumentException("children must not be negative");
    }
    return longs().all().map(seed -> ValidDatasets.build(seed, children));
  }

  /**
   * Returns one referentially consistent, valid dataset, the same for the same seed and size: for
   * code that wants a dataset without a property-test framework (load tests, the command line).
   *
   * @param seed the seed of the random choices
   * @param children how many children the dataset has
   * @return the dataset
   */
  public static Dataset dataset(long seed, int children) {
    if (children < 0) {
      throw new IllegalArgumentException("children must not be negative");
    }
    return ValidDatasets.build(seed, children);
  }

  /**
   * Returns the dataset of {@link #dataset(long, int)} in parts, made as they are asked for: a
   * location and everything at it each (its village, centre, programme, outcomes, families and up
   * to 500 children), which together, in order, are that dataset: for writing a large dataset in
   * constant memory, as NDJSON files for example ({@code aldea generate} writes the same data as a
   * document and as a folder).
   *
   * @param seed the seed of the random choices
   * @param children how many children the parts have in all
   * @return the parts, one location each; not thread-safe
   */
  public static Iterator<Dataset> datasetParts(long seed, int children) {
    if (children < 0) {
      throw new IllegalArgumentException("children must not be negative");
    }
    return ValidDatasets.parts(seed, children);
  }

  /**
   * Returns the codes of the business rules that {@link #breaking(String)} can break: every code of
   * the validation module's rule catalogue.
   *
   * @return the codes, sorted
   */
  public static List<String> ruleCodes() {
    return RuleBreakers.codes();
  }

  /**
   * Returns datasets that break exactly one business rule: validated as of {@link PeruFixtures#AS_OF}
   * with the default policy, every issue they give has that code. For other teams' tests of their
   * error handling.
   *
   * @param code a rule code, for example {@code family.over_capacity}
   * @return the generator
   * @throws IllegalArgumentException if the code is not one of {@link #ruleCodes()}
   */
  public static Gen<Dataset> breaking(String code) {
    java.util.function.UnaryOperator<Dataset> breaker = RuleBreakers.BY_CODE.get(code);
    if (breaker == null) {
      throw new IllegalArgumentException("not a rule code: " + code);
    }
    return datasets().map(breaker);
  }

  /**
   * Returns referentially consistent, valid datasets of 0 to 40 children.
   *
   * @return the generator
   */
  public static Gen<Dataset> datasets() {
    return integers().between(0, 40).zip(longs().all(), (children, seed) -> ValidDatasets.build(seed, children));
  }
}
