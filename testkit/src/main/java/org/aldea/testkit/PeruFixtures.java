package org.aldea.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.aldea.core.model.FamilyStrengtheningProgramme.FocusArea;
import org.aldea.core.model.Indicator;
import org.aldea.core.model.Location;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.Reach;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SocialCentre.Facility;
import org.aldea.core.model.SocialCentre.Service;
import org.aldea.core.model.SocialCentre.StaffRole;
import org.aldea.core.model.SosFamily;
import org.aldea.core.model.StandardIndicator;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.Code;
import org.aldea.core.value.Coordinates;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;

/**
 * The canonical Peru dataset, built from the source reports (SOS Children's Villages' pages on
 * Juliaca, on Peru's social centres, and on Callao in 2018): locations with their context figures,
 * nine social centres, four family strengthening programmes, the children's villages of Juliaca,
 * Callao and Ayacucho, and the reported outcomes.
 *
 * <p>Children are synthetic and pseudonymous (no names); their numbers and dates agree with the
 * reports: 104 children in Juliaca's 12 SOS families ("over 100"), and in Callao 45 children in SOS
 * families (3 with adapted teaching), 31 youth in follow-up, and the 6 youth who started an
 * independent life in 2017. The dataset validates clean with {@link #AS_OF} as reference date.
 *
 * <p>Where the reports are vague the fixtures choose, and say so here: a plural room ("classrooms")
 * is recorded as 2, the least the plural allows; "mid-2001" is recorded as the year 2001; results
 * the reports give without a year (Cuzco, Zárate) are dated {@link #UNDATED_RESULTS_PERIOD}; the
 * national figures of the Callao report are attached, as there, to Callao with a note.
 *
 * <p>Every method returns the same immutable values on every call.
 */
public final class PeruFixtures {
  /** The date of the newest report (Callao, 19 June 2018): the fixtures are valid as of this day. */
  public static final LocalDate AS_OF = LocalDate.of(2018, 6, 19);

  /** The number of SOS social centres in Peru, as reported (the fixtures describe nine of them). */
  public static final int SOCIAL_CENTRES_IN_PERU = 14;

  /** The period given to results that the reports state without a year. */
  public static final PartialDate UNDATED_RESULTS_PERIOD = PartialDate.ofYear(2012);

  /** Juliaca (Puno). */
  public static final LocationId JULIACA = LocationId.of("pe-juliaca");
  /** Callao. */
  public static final LocationId CALLAO = LocationId.of("pe-callao");
  /** Cuzco. */
  public static final LocationId CUZCO = LocationId.of("pe-cuzco");
  /** Huancayo (Junín). */
  public static final LocationId HUANCAYO = LocationId.of("pe-huancayo");
  /** Zárate (Lima). */
  public static final LocationId ZARATE = LocationId.of("pe-zarate");
  /** Chiclayo (Lambayeque). */
  public static final LocationId CHICLAYO = LocationId.of("pe-chiclayo");
  /** Arequipa. */
  public static final LocationId AREQUIPA = LocationId.of("pe-arequipa");
  /** Ayacucho. */
  public static final LocationId AYACUCHO = LocationId.of("pe-ayacucho");

  /** The children's village of Juliaca: 12 SOS families. */
  public static final VillageId JULIACA_VILLAGE = VillageId.of("cv-juliaca");
  /** The children's village of Callao. */
  public static final VillageId CALLAO_VILLAGE = VillageId.of("cv-callao");
  /** The children's village of Ayacucho, with its social centre. */
  public static final VillageId AYACUCHO_VILLAGE = VillageId.of("cv-ayacucho");

  /** The family strengthening programme of Juliaca (children under five and their mothers). */
  public static final ProgrammeId JULIACA_PROGRAMME = ProgrammeId.of("fsp-juliaca");
  /** The family programme of Callao. */
  public static final ProgrammeId CALLAO_PROGRAMME = ProgrammeId.of("fsp-callao");
  /** The Family Strengthening and Community Development Program Cusco. */
  public static final ProgrammeId CUZCO_PROGRAMME = ProgrammeId.of("fsp-cuzco");
  /** The family strengthening programme of Ayacucho (up to 80 mothers and their children). */
  public static final ProgrammeId AYACUCHO_PROGRAMME = ProgrammeId.of("fsp-ayacucho");

  /**
   * Where the whole dataset is in the testkit jar as a canonical, pretty-printed exchange document,
   * for tests in any language: the json module's golden tests keep it equal to {@link #dataset()}.
   */
  public static final String JSON_RESOURCE = "META-INF/aldea/testkit/peru.json";

  private static final Dataset DATASET = build();

  private PeruFixtures() {}

  /**
   * Returns the whole Peru dataset.
   *
   * @return the dataset
   */
  public static Dataset dataset() {
    return DATASET;
  }

  /**
   * Returns the whole dataset as a canonical, pretty-printed exchange document (UTF-8 bytes).
   *
   * @return the document's bytes, a fresh copy on every call
   */
  public static byte[] json() {
    try (InputStream in = PeruFixtures.class.getResourceAsStream("/" + JSON_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the testkit jar lacks " + JSON_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns only what belongs to one location: the location, its centres, programmes, villages,
   * families, the children in them and the outcomes about any of these.
   *
   * @param location one of this class's location ids
   * @return the part of the dataset about that location
   * @throws IllegalArgumentException if the location is not in the fixtures
   */
  public static Dataset part(LocationId location) {
    Location found = DATASET.location(location)
        .orElseThrow(() -> new IllegalArgumentException("not a Peru fixture location: " + location));
    List<SocialCentre> centres = DATASET.socialCentres().stream().filter(c -> c.location().equals(location)).toList();
    List<FamilyStrengtheningProgramme> programmes =
        DATASET.programmes().stream().filter(p -> p.location().equals(location)).toList();
    List<ChildrensVillage> villages = DATASET.villages().stream().filter(v -> v.location().equals(location)).toList();
    List<SosFamily> families = DATASET.families().stream()
        .filter(f -> villages.stream().anyMatch(v -> v.id().equals(f.village()))).toList();
    List<Child> children = DATASET.children().stream().filter(child -> belongsTo(child, location)).toList();
    List<OutcomeSubject> subjects = new ArrayList<>();
    subjects.add(location);
    centres.forEach(c -> subjects.add(c.id()));
    programmes.forEach(p -> subjects.add(p.id()));
    villages.forEach(v -> subjects.add(v.id()));
    return Dataset.builder().addLocations(found).addAllSocialCentres(centres).addAllProgrammes(programmes)
        .addAllVillages(villages).addAllFamilies(families).addAllChildren(children)
        .addAllOutcomes(DATASET.outcomes().stream().filter(o -> subjects.contains(o.subject())).toList())
        .build();
  }

  /** Synthetic children's ids start with the code of their location. */
  private static boolean belongsTo(Child child, LocationId location) {
    String id = child.id().value();
    return id.startsWith("jul-") && location.equals(JULIACA) || id.startsWith("cal-") && location.equals(CALLAO);
  }

  private static Dataset build() {
    Dataset.Builder dataset = Dataset.builder();
    dataset.addLocations(
        Location.builder().id(JULIACA).name("Juliaca").country("PE").region("Puno").population(Count.about(300_000))
            .altitudeMetres(3825).distanceToCapitalKm(Count.about(1300)).coordinates(Coordinates.of(-15.5, -70.13))
            .addIndicators(
                indicator("poverty_rate", null, Percent.of(42), null),
                indicator("households_in_extreme_poverty", Count.about(10_000), null, null),
                indicator("children_out_of_school_rate", null, Percent.of(85),
                    "around 85% of the children of households in extreme poverty"))
            .build(),
        Location.builder().id(CALLAO).name("Callao").country("PE").region("Callao")
            .addIndicators(
                indicator("poverty_rate", null, Percent.of(45), "national figure for Peru: above 45%"),
                indicator("women_reporting_partner_violence_rate", null, Percent.of(68), "national figure for Peru"),
                indicator("children_who_lost_a_parent", Count.about(200_000), Percent.of(new java.math.BigDecimal("2.5")),
                    "national figure for Peru: children under 15 who lost one or both parents"))
            .build(),
        Location.builder().id(CUZCO).name("Cuzco").country("PE").region("Cusco").build(),
        Location.builder().id(HUANCAYO).name("Huancayo").country("PE").region("Junín").build(),
        Location.builder().id(ZARATE).name("Zárate").country("PE").region("Lima").build(),
        Location.builder().id(CHICLAYO).name("Chiclayo").country("PE").region("Lambayeque").build(),
        Location.builder().id(AREQUIPA).name("Arequipa").country("PE").region("Arequipa").build(),
        Location.builder().id(AYACUCHO).name("Ayacucho").country("PE").region("Ayacucho").build());

    dataset.addVillages(
        ChildrensVillage.builder().id(JULIACA_VILLAGE).name("SOS Children's Village Juliaca").location(JULIACA)
            .opened(PartialDate.ofYear(2008)).build(),
        ChildrensVillage.builder().id(CALLAO_VILLAGE).name("SOS Children's Village Callao").location(CALLAO).build(),
        ChildrensVillage.builder().id(AYACUCHO_VILLAGE).name("SOS Children's Village Ayacucho").location(AYACUCHO).build());

    dataset.addSocialCentres(
        centre("sc-juliaca", "SOS Social Centre Juliaca", JULIACA).opened(PartialDate.ofYear(2008))
            .addServices(Service.HEALTH_CARE, Service.NUTRITION, Service.DRINKING_WATER, Service.INCOME_TRAINING,
                Service.SCHOOL_PREPARATION)
            .build(),
        centre("sc-callao", "SOS Social Centre Callao", CALLAO)
            .addServices(Service.DAY_CARE, Service.INFORMATION_WORKSHOPS, Service.ADULT_EVENING_CLASSES,
                Service.HEALTH_CARE, Service.PAEDIATRIC_CARE, Service.DENTAL_CARE, Service.MEDICINE_DISTRIBUTION)
            .putAllFacilities(Map.ofEntries(Map.entry(Facility.DAY_CARE_ROOM, 2), Map.entry(Facility.INFANT_ROOM, 2),
                Map.entry(Facility.DINING_HALL, 1), Map.entry(Facility.KITCHEN, 1), Map.entry(Facility.PANTRY, 1),
                Map.entry(Facility.LAUNDRY, 1), Map.entry(Facility.CLASSROOM, 2), Map.entry(Facility.OFFICE, 2),
                Map.entry(Facility.MEETING_ROOM, 1), Map.entry(Facility.CARETAKER_FLAT, 1),
                Map.entry(Facility.STORE_ROOM, 1), Map.entry(Facility.DOCTOR_OFFICE, 2),
                Map.entry(Facility.WAITING_ROOM, 1)))
            .addStaff(StaffRole.PAEDIATRICIAN, StaffRole.DENTIST, StaffRole.NURSE)
            .dailyReach(Count.about(520))
            .build(),
        centre("sc-cuzco", "SOS Social Centre Cuzco", CUZCO).opened(PartialDate.ofMonth(2003, 3))
            .addServices(Service.DAY_CARE).dayCarePlaces(120).build(),
        centre("sc-huancayo", "SOS Social Centre Huancayo", HUANCAYO)
            .addServices(Service.DAY_CARE, Service.INFORMATION_WORKSHOPS, Service.ADULT_EVENING_CLASSES,
                Service.HEALTH_CARE)
            .dailyReach(Count.upTo(200)).build(),
        centre("sc-zarate-caraballyo", "SOS Social Centre Caraballyo", ZARATE)
            .addServices(Service.DAY_CARE, Service.ADULT_EVENING_CLASSES, Service.INCOME_TRAINING, Service.HEALTH_CARE)
            .build(),
        centre("sc-zarate-huascar", "SOS Social Centre Huáscar", ZARATE)
            .addServices(Service.DAY_CARE, Service.ADULT_EVENING_CLASSES, Service.INCOME_TRAINING, Service.HEALTH_CARE)
            .build(),
        centre("sc-chiclayo", "SOS Social Centre Chiclayo", CHICLAYO)
            .addServices(Service.DAY_CARE, Service.ADULT_EVENING_CLASSES, Service.HEALTH_CARE,
                Service.MEDICINE_DISTRIBUTION)
            .putAllFacilities(Map.of(Facility.DAY_CARE_ROOM, 2, Facility.INFANT_ROOM, 2, Facility.DINING_HALL, 1,
                Facility.KITCHEN, 1, Facility.CLASSROOM, 2, Facility.PHARMACY, 1, Facility.EXAMINATION_ROOM, 1,
                Facility.OFFICE, 2))
            .dailyReach(Count.about(170)).build(),
        centre("sc-arequipa", "SOS Social Centre Arequipa", AREQUIPA).opened(PartialDate.ofYear(2001))
            .addServices(Service.DAY_CARE, Service.HEALTH_CARE, Service.DENTAL_CARE, Service.INFORMATION_WORKSHOPS,
                Service.INCOME_TRAINING)
            .putAllFacilities(Map.of(Facility.DAY_CARE_ROOM, 3, Facility.INFANT_ROOM, 2, Facility.CLASSROOM, 1))
            .addStaff(StaffRole.DENTIST, StaffRole.PHYSICIAN)
            .dailyReach(Count.upTo(140)).build(),
        centre("sc-ayacucho", "SOS Social Centre Ayacucho", AYACUCHO).village(AYACUCHO_VILLAGE)
            .opened(PartialDate.ofMonth(2006, 1))
            .addServices(Service.DAY_CARE, Service.NUTRITION, Service.HEALTH_CARE, Service.INCOME_TRAINING,
                Service.SCHOOL_PREPARATION)
            .build());

    dataset.addProgrammes(
        FamilyStrengtheningProgramme.builder().id(JULIACA_PROGRAMME).name("Family Strengthening Programme Juliaca")
            .location(JULIACA).centre(CentreId.of("sc-juliaca")).started(PartialDate.ofYear(2008))
            .addFocusAreas(FocusArea.NUTRITION, FocusArea.HEALTH, FocusArea.INCOME_GENERATION, FocusArea.SCHOOL_PREPARATION)
            .targetAge(AgeRange.of(0, 5))
            .reach(Reach.builder().children(Count.moreThan(500)).families(Count.moreThan(500)).build())
            .build(),
        FamilyStrengtheningProgramme.builder().id(CALLAO_PROGRAMME).name("SOS Family Programme Callao")
            .location(CALLAO).centre(CentreId.of("sc-callao"))
            .addFocusAreas(FocusArea.CHILD_RIGHTS, FocusArea.POSITIVE_PARENTING, FocusArea.FATHERS_PARTICIPATION,
                FocusArea.BIOLOGICAL_FAMILY_FOLLOW_UP, FocusArea.KINSHIP_CARE, FocusArea.ECONOMIC_SUPPORT)
            .reach(Reach.builder().children(Count.exactly(1045)).build())
            .build(),
        FamilyStrengtheningProgramme.builder().id(CUZCO_PROGRAMME)
            .name("Family Strengthening and Community Development Program Cusco")
            .location(CUZCO).centre(CentreId.of("sc-cuzco"))
            .addFocusAreas(FocusArea.CHILD_RIGHTS, FocusArea.SCHOOL_PREPARATION)
            .reach(Reach.builder().children(Count.exactly(928)).families(Count.exactly(822)).build())
            .build(),
        FamilyStrengtheningProgramme.builder().id(AYACUCHO_PROGRAMME).name("Family Strengthening Programme Ayacucho")
            .location(AYACUCHO).centre(CentreId.of("sc-ayacucho")).started(PartialDate.ofMonth(2006, 1))
            .addFocusAreas(FocusArea.NUTRITION, FocusArea.INCOME_GENERATION, FocusArea.HEALTH,
                FocusArea.SCHOOL_PREPARATION)
            .capacity(Count.upTo(80))
            .build());

    addJuliacaFamilies(dataset);
    addCallaoFamilies(dataset);

    PartialDate y2017 = PartialDate.ofYear(2017);
    dataset.addOutcomes(
        outcome("out-juliaca-children-assisted", JULIACA_PROGRAMME, StandardIndicator.CHILDREN_ASSISTED,
            PartialDate.ofYear(2018), Measure.of(Count.moreThan(500)),
            "more than 500 children and their families since 2008"),
        outcome("out-callao-children-assisted-2017", CALLAO_PROGRAMME, StandardIndicator.CHILDREN_ASSISTED, y2017,
            Measure.of(Count.exactly(1045)), "children and their families supported by the family programme"),
        outcome("out-callao-independent-life-2017", CALLAO_VILLAGE, StandardIndicator.YOUTH_STARTED_INDEPENDENT_LIFE,
            y2017, Measure.of(Count.exactly(6)), null),
        outcome("out-callao-reintegrated-2017", CALLAO_PROGRAMME, StandardIndicator.CHILDREN_REINTEGRATED_WITH_FAMILY,
            y2017, Measure.of(Count.exactly(2)), null),
        outcome("out-callao-in-school-2017", CALLAO_VILLAGE, StandardIndicator.CHILDREN_ATTENDING_SCHOOL, y2017,
            Measure.builder().count(Count.exactly(45)).percent(Percent.of(100)).outOf(45).build(),
            "all the children of the village go to school"),
        outcome("out-callao-adapted-teaching-2017", CALLAO_VILLAGE, StandardIndicator.CHILDREN_WITH_ADAPTED_TEACHING,
            y2017, Measure.of(Count.exactly(3)), null),
        outcome("out-callao-workshops-2017", CALLAO_VILLAGE, StandardIndicator.YOUTH_IN_EMPLOYABILITY_WORKSHOPS, y2017,
            Measure.of(Count.exactly(10)), "entrepreneurship and working-life workshops"),
        outcome("out-callao-completed-2017", CALLAO_PROGRAMME, StandardIndicator.PARTICIPANTS_COMPLETED_PROGRAMME,
            y2017, Measure.of(Count.exactly(180)), null),
        outcome("out-callao-reunited-2017", CALLAO_PROGRAMME, StandardIndicator.CHILDREN_REUNITED_WITH_FAMILY, y2017,
            Measure.of(Count.exactly(62)), null),
        outcome("out-callao-people-daily", CentreId.of("sc-callao"), StandardIndicator.PEOPLE_SERVED_DAILY, y2017,
            Measure.of(Count.about(520)), null),
        outcome("out-cuzco-children-assisted", CUZCO_PROGRAMME, StandardIndicator.CHILDREN_ASSISTED,
            UNDATED_RESULTS_PERIOD, Measure.of(Count.exactly(928)), "928 children from 822 families"),
        outcome("out-cuzco-families-assisted", CUZCO_PROGRAMME, StandardIndicator.FAMILIES_ASSISTED,
            UNDATED_RESULTS_PERIOD, Measure.of(Count.exactly(822)), null),
        outcome("out-cuzco-first-grade", CUZCO_PROGRAMME, StandardIndicator.CHILDREN_STARTED_PRIMARY_SCHOOL,
            UNDATED_RESULTS_PERIOD, Measure.of(Percent.of(100)), "access to the first grade of local primary schools"),
        outcome("out-cuzco-mentoring", CUZCO_PROGRAMME, StandardIndicator.CHILDREN_IN_MENTORING,
            UNDATED_RESULTS_PERIOD, Measure.builder().count(Count.exactly(79)).percent(Percent.of(9)).outOf(928).build(),
            "Big Sibling Program"),
        outcome("out-zarate-families-assisted", ZARATE, StandardIndicator.FAMILIES_ASSISTED, UNDATED_RESULTS_PERIOD,
            Measure.of(Count.upTo(500)), "up to 500 mothers and children across the Caraballyo and Huáscar centres"),
        outcome("out-huancayo-people-daily", CentreId.of("sc-huancayo"), StandardIndicator.PEOPLE_SERVED_DAILY,
            UNDATED_RESULTS_PERIOD, Measure.of(Count.upTo(200)), null));
    return dataset.build();
  }

  /** 12 families in Juliaca: 8 with 9 children and 4 with 8, 104 children in all. */
  private static void addJuliacaFamilies(Dataset.Builder dataset) {
    int child = 0;
    for (int f = 1; f <= 12; f++) {
      FamilyId family = FamilyId.of(String.format("jul-f%02d", f));
      dataset.addFamilies(SosFamily.builder().id(family).village(JULIACA_VILLAGE)
          .caregiver(Caregiver.builder().role(Caregiver.Role.SOS_MOTHER).since(PartialDate.ofYear(2008)).build())
          .capacity(9).build());
      int members = f <= 8 ? 9 : 8;
      List<ChildId> ids = new ArrayList<>();
      for (int m = 0; m < members; m++) {
        ids.add(ChildId.of(String.format("jul-c%03d", ++child)));
      }
      for (int m = 0; m < members; m++) {
        int bornYear = 2001 + (child - members + m) % 15;
        // Siblings come in pairs (the first two children of each family), always in the same family.
        Child.Builder builder = Child.builder().id(ids.get(m)).born(PartialDate.ofYear(bornYear))
            .care(new CareSituation.SosFamilyCare(family, PartialDate.ofYear(Math.max(2008, bornYear + 1))))
            .education(educationAt(bornYear)).sponsored(m % 2 == 0);
        if (m < 2) {
          builder.addSiblings(ids.get(1 - m));
        }
        dataset.addChildren(builder.build());
      }
    }
    // Children under five living with their mothers, supported by the family strengthening programme.
    for (int c = 1; c <= 10; c++) {
      dataset.addChildren(Child.builder().id(ChildId.of(String.format("jul-fsp-c%02d", c)))
          .born(PartialDate.ofMonth(2014 + c % 4, 1 + c)).care(new CareSituation.FamilyOfOriginCare(JULIACA_PROGRAMME,
              PartialDate.ofMonth(2018, 1)))
          .education(c % 4 == 0 ? Child.Education.EARLY_CHILDHOOD : Child.Education.NOT_YET_SCHOOL_AGE).build());
    }
  }

  /** Callao: 45 children in 6 families of 8 places, 31 youth in follow-up, 6 who left in 2017. */
  private static void addCallaoFamilies(Dataset.Builder dataset) {
    int child = 0;
    for (int f = 1; f <= 6; f++) {
      FamilyId family = FamilyId.of(String.format("cal-f%02d", f));
      dataset.addFamilies(SosFamily.builder().id(family).village(CALLAO_VILLAGE)
          .caregiver(Caregiver.of(Caregiver.Role.SOS_MOTHER)).capacity(8).build());
      int members = f <= 3 ? 8 : 7;
      for (int m = 0; m < members; m++) {
        child++;
        int bornYear = 2000 + child % 12;
        dataset.addChildren(Child.builder().id(ChildId.of(String.format("cal-c%03d", child)))
            .born(PartialDate.ofYear(bornYear))
            .care(new CareSituation.SosFamilyCare(family, PartialDate.ofYear(Math.max(2010, bornYear + 1))))
            .education(bornYear <= 2005 ? Child.Education.SECONDARY_SCHOOL : Child.Education.PRIMARY_SCHOOL)
            .adaptedTeaching(child <= 3).build());
      }
    }
    for (int y = 1; y <= 31; y++) {
      dataset.addChildren(Child.builder().id(ChildId.of(String.format("cal-y%03d", y)))
          .born(PartialDate.ofYear(1996 + y % 4)).care(new CareSituation.YouthFollowUp(PartialDate.ofYear(2016)))
          .education(y % 3 == 0 ? Child.Education.HIGHER_EDUCATION : Child.Education.VOCATIONAL_TRAINING).build());
    }
    for (int y = 1; y <= 6; y++) {
      dataset.addChildren(Child.builder().id(ChildId.of(String.format("cal-l%03d", y)))
          .born(PartialDate.ofYear(1996 + y % 3))
          .care(new CareSituation.LeftCare(PartialDate.ofMonth(2017, 1 + y), CareSituation.LeftCare.Reason.INDEPENDENT_LIFE))
          .education(Child.Education.COMPLETED).build());
    }
  }

  private static Child.Education educationAt(int bornYear) {
    int age = 2018 - bornYear;
    if (age < 3) {
      return Child.Education.NOT_YET_SCHOOL_AGE;
    }
    if (age < 6) {
      return Child.Education.EARLY_CHILDHOOD;
    }
    return age < 12 ? Child.Education.PRIMARY_SCHOOL : Child.Education.SECONDARY_SCHOOL;
  }

  private static SocialCentre.Builder centre(String id, String name, LocationId location) {
    return SocialCentre.builder().id(CentreId.of(id)).name(name).location(location);
  }

  private static Indicator indicator(String kind, Count count, Percent percent, String note) {
    Indicator.Builder builder = Indicator.builder().kind(Code.of(kind));
    if (count != null) {
      builder.count(count);
    }
    if (percent != null) {
      builder.percent(percent);
    }
    if (note != null) {
      builder.note(note);
    }
    return builder.build();
  }

  private static Outcome outcome(String id, OutcomeSubject subject, StandardIndicator indicator, PartialDate period,
      Measure measure, String note) {
    Outcome.Builder builder = Outcome.builder().id(OutcomeId.of(id)).subject(subject).indicator(indicator.code())
        .period(period).measure(measure);
    if (note != null) {
      builder.note(note);
    }
    return builder.build();
  }
}
