package org.aldea.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.aldea.core.InvalidValueException;
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
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.Code;
import org.aldea.core.value.Coordinates;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;
import org.aldea.json.DecodeWarning;
import org.aldea.json.JsonDecodingException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;

/**
 * Reads the exchange format from a Jackson parser, one token at a time, reporting every problem as a
 * {@link JsonDecodingException} with the JSON pointer, line and column of the offending value.
 *
 * <p>Each {@code read...} method starts with the parser on the first token of its value and leaves
 * it on the last token of that value. {@code null} stands for an absent optional property; for a
 * required one it is an error. Properties this version does not know are reported to the warning
 * consumer, or refused in strict mode.
 */
public final class WireReader {
  /**
   * The schema versions this reader accepts: any minor version of major 1, the minor written in
   * decimal without leading zeros.
   */
  public static final Pattern SUPPORTED_VERSION = Pattern.compile("1\\.(0|[1-9][0-9]{0,3})");

  private final JsonParser parser;
  private final ParserBase base;
  private final boolean strict;
  private final Limits limits;
  private final Consumer<DecodeWarning> warnings;
  /** How many unknown properties this reader has met. */
  private int unknowns;

  /**
   * Creates a reader.
   *
   * @param parser the parser, positioned before or on the first token of the value to read
   * @param strict whether unknown properties are refused rather than reported as warnings
   * @param limits the caps on properties
   * @param warnings receives a warning for every unknown property, in non-strict mode
   */
  public WireReader(JsonParser parser, boolean strict, Limits limits, Consumer<DecodeWarning> warnings) {
    this.parser = parser;
    this.base = parser instanceof ParserBase ? (ParserBase) parser : null;
    this.strict = strict;
    this.limits = limits;
    this.warnings = warnings;
  }

  /**
   * The caps on the properties a reader accepts, so that time and memory stay proportional to the
   * input whatever its shape.
   *
   * @param perObject the most properties in one object
   * @param unknown the most unknown properties in one value read (each keeps a warning)
   */
  public record Limits(int perObject, int unknown) {}

  /** The line of the current token, read without allocating a location object where possible. */
  private int tokenLine() {
    return base != null ? base.getTokenLineNr() : parser.currentTokenLocation().getLineNr();
  }

  /**
   * The column of the current token (never a property name), read without allocating a location
   * object where possible. For such tokens Jackson 3's {@code ParserBase.getTokenColumnNr()} is one
   * more than the column of {@code currentTokenLocation()}, which every other report uses; the
   * tests that check exact columns keep the two in step.
   */
  private int tokenColumn() {
    return base != null ? base.getTokenColumnNr() - 1 : parser.currentTokenLocation().getColumnNr();
  }

  /** Moves to the first token of the input and fails, where the input ends, if there is none. */
  public WireReader start() {
    if (parser.currentToken() == null && parser.nextToken() == null) {
      throw failure(JsonPointer.empty(), parser.currentLocation(), "the input is empty");
    }
    return this;
  }

  /** Checks that nothing but white space follows the value just read. */
  public void end() {
    if (parser.nextToken() != null) {
      throw failure("", "unexpected content after the end of the value");
    }
  }

  /**
   * Reads a value of any type of the model that has a wire form: the document, an entity, or one
   * of their parts.
   *
   * @throws IllegalArgumentException if the type has no wire form
   */
  public <T> T read(Class<T> type) {
    Object value;
    if (type == Dataset.class) {
      value = dataset();
    } else if (type == Location.class) {
      value = location();
    } else if (type == SocialCentre.class) {
      value = socialCentre();
    } else if (type == FamilyStrengtheningProgramme.class) {
      value = programme();
    } else if (type == ChildrensVillage.class) {
      value = village();
    } else if (type == SosFamily.class) {
      value = family();
    } else if (type == Child.class) {
      value = child();
    } else if (type == Outcome.class) {
      value = outcome();
    } else if (type == Indicator.class) {
      value = indicator();
    } else if (type == Reach.class) {
      value = reach();
    } else if (type == Caregiver.class) {
      value = caregiver();
    } else if (type == CareSituation.class) {
      value = care();
    } else if (type == Measure.class) {
      value = measure();
    } else if (type == Count.class) {
      value = count();
    } else if (type == Percent.class) {
      value = percent();
    } else if (type == Coordinates.class) {
      value = coordinates();
    } else if (type == AgeRange.class) {
      value = ageRange();
    } else if (type == PartialDate.class) {
      value = date();
    } else if (type == Code.class) {
      value = value(string(), Code::of);
    } else if (type == ChildId.class) {
      value = id(ChildId::of);
    } else if (type == FamilyId.class) {
      value = id(FamilyId::of);
    } else if (type == VillageId.class) {
      value = id(VillageId::of);
    } else if (type == CentreId.class) {
      value = id(CentreId::of);
    } else if (type == ProgrammeId.class) {
      value = id(ProgrammeId::of);
    } else if (type == LocationId.class) {
      value = id(LocationId::of);
    } else if (type == OutcomeId.class) {
      value = id(OutcomeId::of);
    } else {
      throw new IllegalArgumentException("not a type of the Aldea model: " + type.getName());
    }
    return type.cast(value);
  }

  private Measure measure() {
    Obj object = begin("a measure");
    Measure.Builder measure = Measure.builder();
    while (object.next()) {
      if (!measureProperty(object.name, measure)) {
        object.unknown();
      }
    }
    return object.build(measure::build);
  }

  /**
   * Reads a property of a measure (on its own, or inlined in an outcome) into its builder.
   *
   * @return false if the name is not a property of a measure
   */
  private boolean measureProperty(String name, Measure.Builder measure) {
    switch (name) {
      case "count":
        if (present()) {
          measure.count(count());
        }
        return true;
      case "percent":
        if (present()) {
          measure.percent(percent());
        }
        return true;
      case "outOf":
        if (present()) {
          measure.outOf(integer(Long.MIN_VALUE, Long.MAX_VALUE));
        }
        return true;
      default:
        return false;
    }
  }

  // ----------------------------------------------------------------------------------------------
  // The document and the entities

  /** Reads an exchange document. */
  public Dataset dataset() {
    Obj object = begin("a document");
    Dataset.Builder dataset = Dataset.builder();
    boolean versioned = false;
    while (object.next()) {
      switch (object.name) {
        case "schemaVersion":
          String version = string();
          if (!SUPPORTED_VERSION.matcher(version).matches()) {
            throw failure(pointer(), "unsupported schema version; this reader supports 1.x");
          }
          versioned = true;
          break;
        case "$schema":
          // Where an editor finds the schema: allowed, and not part of the data.
          string();
          break;
        case "locations":
          array(() -> dataset.addLocations(location()));
          break;
        case "socialCentres":
          array(() -> dataset.addSocialCentres(socialCentre()));
          break;
        case "programmes":
          array(() -> dataset.addProgrammes(programme()));
          break;
        case "villages":
          array(() -> dataset.addVillages(village()));
          break;
        case "families":
          array(() -> dataset.addFamilies(family()));
          break;
        case "children":
          array(() -> dataset.addChildren(child()));
          break;
        case "outcomes":
          array(() -> dataset.addOutcomes(outcome()));
          break;
        default:
          object.unknown();
      }
    }
    if (!versioned) {
      throw object.missing("schemaVersion is required");
    }
    return object.build(dataset::build);
  }

  /**
   * Reads the header line of an NDJSON stream: its schema version and kind.
   *
   * @param kindProblem says what is wrong with a kind, or null if it is accepted
   */
  public String[] ndjsonHeader(Function<String, String> kindProblem) {
    Obj object = begin("an NDJSON header");
    String version = null;
    String kind = null;
    while (object.next()) {
      switch (object.name) {
        case "schemaVersion":
          version = string();
          if (!SUPPORTED_VERSION.matcher(version).matches()) {
            throw failure(pointer(), "unsupported schema version; this reader supports 1.x");
          }
          break;
        case "kind":
          kind = string();
          String problem = kindProblem.apply(kind);
          if (problem != null) {
            throw failure(pointer(), problem);
          }
          break;
        default:
          object.unknown();
      }
    }
    if (version == null) {
      throw object.missing("schemaVersion is required");
    }
    if (kind == null) {
      throw object.missing("kind is required");
    }
    return new String[] {version, kind};
  }

  /** Reads a location. */
  public Location location() {
    Obj object = begin("a location");
    Location.Builder location = Location.builder();
    while (object.next()) {
      switch (object.name) {
        case "id":
          location.id(id(LocationId::of));
          break;
        case "name":
          location.name(string());
          break;
        case "country":
          location.country(string());
          break;
        case "region":
          location.region(string());
          break;
        case "population":
          if (present()) {
            location.population(count());
          }
          break;
        case "altitudeMetres":
          if (present()) {
            location.altitudeMetres(integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
          }
          break;
        case "distanceToCapitalKm":
          if (present()) {
            location.distanceToCapitalKm(count());
          }
          break;
        case "coordinates":
          if (present()) {
            location.coordinates(coordinates());
          }
          break;
        case "indicators":
          array(() -> location.addIndicators(indicator()));
          break;
        default:
          object.unknown();
      }
    }
    return object.build(location::build);
  }

  private Indicator indicator() {
    Obj object = begin("an indicator");
    Indicator.Builder indicator = Indicator.builder();
    while (object.next()) {
      switch (object.name) {
        case "kind":
          indicator.kind(value(string(), Code::of));
          break;
        case "year":
          if (present()) {
            indicator.year(integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
          }
          break;
        case "count":
          if (present()) {
            indicator.count(count());
          }
          break;
        case "percent":
          if (present()) {
            indicator.percent(percent());
          }
          break;
        case "note":
          if (present()) {
            indicator.note(string());
          }
          break;
        default:
          object.unknown();
      }
    }
    return object.build(indicator::build);
  }

  /** Reads a social centre. */
  public SocialCentre socialCentre() {
    Obj object = begin("a social centre");
    SocialCentre.Builder centre = SocialCentre.builder();
    while (object.next()) {
      switch (object.name) {
        case "id":
          centre.id(id(CentreId::of));
          break;
        case "name":
          centre.name(string());
          break;
        case "location":
          centre.location(id(LocationId::of));
          break;
        case "village":
          if (present()) {
            centre.village(id(VillageId::of));
          }
          break;
        case "opened":
          if (present()) {
            centre.opened(date());
          }
          break;
        case "services":
          centre.addAllServices(codeSet(SocialCentre.Service.class));
          break;
        case "facilities":
          if (present()) {
            centre.putAllFacilities(facilities());
          }
          break;
        case "staff":
          centre.addAllStaff(codeSet(SocialCentre.StaffRole.class));
          break;
        case "dayCarePlaces":
          if (present()) {
            centre.dayCarePlaces(integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
          }
          break;
        case "dailyReach":
          if (present()) {
            centre.dailyReach(count());
          }
          break;
        default:
          object.unknown();
      }
    }
    return object.build(centre::build);
  }

  private Map<SocialCentre.Facility, Integer> facilities() {
    Obj object = begin("an object of facilities");
    Map<SocialCentre.Facility, Integer> rooms = new EnumMap<>(SocialCentre.Facility.class);
    while (object.next()) {
      SocialCentre.Facility facility = Codes.constant(SocialCentre.Facility.class, object.name);
      if (facility == null) {
        throw failure(pointer(), "unknown facility");
      }
      rooms.put(facility, integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    return rooms;
  }

  /** Reads a family strengthening programme. */
  public FamilyStrengtheningProgramme programme() {
    Obj object = begin("a programme");
    FamilyStrengtheningProgramme.Builder programme = FamilyStrengtheningProgramme.builder();
    while (object.next()) {
      switch (object.name) {
        case "id":
          programme.id(id(ProgrammeId::of));
          break;
        case "name":
          programme.name(string());
          break;
        case "location":
          programme.location(id(LocationId::of));
          break;
        case "centre":
          if (present()) {
            programme.centre(id(CentreId::of));
          }
          break;
        case "started":
          if (present()) {
            programme.started(date());
          }
          break;
        case "focusAreas":
          programme.addAllFocusAreas(codeSet(FamilyStrengtheningProgramme.FocusArea.class));
          break;
        case "targetAge":
          if (present()) {
            programme.targetAge(ageRange());
          }
          break;
        case "capacity":
          if (present()) {
            programme.capacity(count());
          }
          break;
        case "reach":
          if (present()) {
            programme.reach(reach());
          }
          break;
        default:
          object.unknown();
      }
    }
    return object.build(programme::build);
  }

  private AgeRange ageRange() {
    Obj object = begin("an age range");
    Integer[] bounds = new Integer[2];
    while (object.next()) {
      switch (object.name) {
        case "min":
          bounds[0] = integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
          break;
        case "under":
          bounds[1] = integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
          break;
        default:
          object.unknown();
      }
    }
    object.require("min", bounds[0]);
    object.require("under", bounds[1]);
    return object.build(() -> AgeRange.of(bounds[0], bounds[1]));
  }

  private Reach reach() {
    Obj object = begin("a reach");
    Reach.Builder reach = Reach.builder();
    while (object.next()) {
      switch (object.name) {
        case "children":
          if (present()) {
            reach.children(count());
          }
          break;
        case "families":
          if (present()) {
            reach.families(count());
          }
          break;
        default:
          object.unknown();
      }
    }
    return object.build(reach::build);
  }

  /** Reads a children's village. */
  public ChildrensVillage village() {
    Obj object = begin("a village");
    ChildrensVillage.Builder village = ChildrensVillage.builder();
    while (object.next()) {
      switch (object.name) {
        case "id":
          village.id(id(VillageId::of));
          break;
        case "name":
          village.name(string());
          break;
        case "location":
          village.location(id(LocationId::of));
          break;
        case "opened":
          if (present()) {
            village.opened(date());
          }
          break;
        default:
          object.unknown();
      }
    }
    return object.build(village::build);
  }

  /** Reads an SOS family. */
  public SosFamily family() {
    Obj object = begin("a family");
    SosFamily.Builder family = SosFamily.builder();
    while (object.next()) {
      switch (object.name) {
        case "id":
          family.id(id(FamilyId::of));
          break;
        case "village":
          family.village(id(VillageId::of));
          break;
        case "caregiver":
          family.caregiver(caregiver());
          break;
        case "capacity":
          family.capacity(integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
          break;
        default:
          object.unknown();
      }
    }
    return object.build(family::build);
  }

  private Caregiver caregiver() {
    Obj object = begin("a caregiver");
    Caregiver.Builder caregiver = Caregiver.builder();
    while (object.next()) {
      switch (object.name) {
        case "role":
          caregiver.role(code(Caregiver.Role.class));
          break;
        case "since":
          if (present()) {
            caregiver.since(date());
          }
          break;
        default:
          object.unknown();
      }
    }
    return object.build(caregiver::build);
  }

  /** Reads a child. */
  public Child child() {
    Obj object = begin("a child");
    Child.Builder child = Child.builder();
    while (object.next()) {
      switch (object.name) {
        case "id":
          child.id(id(ChildId::of));
          break;
        case "name":
          if (present()) {
            child.name(string());
          }
          break;
        case "born":
          child.born(date());
          break;
        case "care":
          child.care(care());
          break;
        case "education":
          child.education(code(Child.Education.class));
          break;
        case "adaptedTeaching":
          if (present()) {
            child.adaptedTeaching(bool());
          }
          break;
        case "siblings":
          child.addAllSiblings(idSet(ChildId::of));
          break;
        case "sponsored":
          if (present()) {
            child.sponsored(bool());
          }
          break;
        default:
          object.unknown();
      }
    }
    return object.build(child::build);
  }

  private final CareValues careValues = new CareValues();

  /** The care types, in the order of their numbers below. */
  private static final List<String> CARE_TYPES =
      List.of("sos_family", "family_of_origin", "kinship_care", "youth_follow_up", "left_care");
  private static final int SOS_FAMILY = 0;
  private static final int FAMILY_OF_ORIGIN = 1;
  private static final int KINSHIP_CARE = 2;
  private static final int YOUTH_FOLLOW_UP = 3;
  private static final int LEFT_CARE = 4;

  /** A care object's properties besides its type, in the order of their numbers below. */
  private static final List<String> CARE_PROPERTIES =
      List.of("family", "programme", "relation", "since", "on", "reason");
  private static final int FAMILY = 0;
  private static final int PROGRAMME = 1;
  private static final int RELATION = 2;
  private static final int SINCE = 3;
  private static final int ON = 4;
  private static final int REASON = 5;

  /** The properties each care type has besides its type, one bit per property number, by type number. */
  private static final int[] CARE_TYPE_PROPERTIES = {1 << FAMILY | 1 << SINCE, 1 << PROGRAMME | 1 << SINCE,
      1 << RELATION | 1 << SINCE, 1 << SINCE, 1 << ON | 1 << REASON};

  /**
   * Reads a care situation. Its type may come after its other properties, so they are read as
   * strings with their places, and converted once the type is known.
   */
  private CareSituation care() {
    Obj object = begin("a care situation");
    int type = -1;
    // Care objects do not nest, so one set of scratch arrays per reader serves them all.
    CareValues care = careValues;
    care.object = object;
    int given = 0;
    while (object.next()) {
      if (object.name.equals("type")) {
        type = CARE_TYPES.indexOf(string());
        if (type < 0) {
          throw failure(pointer(),
              "type must be one of sos_family, family_of_origin, kinship_care, youth_follow_up, left_care");
        }
        continue;
      }
      int property = CARE_PROPERTIES.indexOf(object.name);
      if (property < 0) {
        object.unknown();
      } else if (present()) {
        care.lines[property] = tokenLine();
        care.columns[property] = tokenColumn();
        care.values[property] = string();
        given |= 1 << property;
      }
    }
    if (type < 0) {
      throw object.missing("type is required");
    }
    int allowed = CARE_TYPE_PROPERTIES[type];
    int foreign = given & ~allowed;
    if (foreign != 0) {
      int property = Integer.numberOfTrailingZeros(foreign);
      throw new JsonDecodingException(object.pointer().appendProperty(CARE_PROPERTIES.get(property)).toString(),
          care.lines[property], care.columns[property],
          "not a property of a " + CARE_TYPES.get(type) + " care situation", null);
    }
    int missing = allowed & ~given;
    if (missing != 0) {
      throw object.missing(CARE_PROPERTIES.get(Integer.numberOfTrailingZeros(missing)) + " is required for a "
          + CARE_TYPES.get(type) + " care situation");
    }
    switch (type) {
      case SOS_FAMILY:
        return new CareSituation.SosFamilyCare(care.value(FAMILY, FamilyId::of), care.value(SINCE, PartialDate::parse));
      case FAMILY_OF_ORIGIN:
        return new CareSituation.FamilyOfOriginCare(
            care.value(PROGRAMME, ProgrammeId::of), care.value(SINCE, PartialDate::parse));
      case KINSHIP_CARE:
        return new CareSituation.KinshipCare(
            care.code(RELATION, CareSituation.KinshipCare.Relation.class), care.value(SINCE, PartialDate::parse));
      case YOUTH_FOLLOW_UP:
        return new CareSituation.YouthFollowUp(care.value(SINCE, PartialDate::parse));
      default:
        return new CareSituation.LeftCare(
            care.value(ON, PartialDate::parse), care.code(REASON, CareSituation.LeftCare.Reason.class));
    }
  }

  /**
   * The string properties of a care object (those {@code given}, one bit each), converted once its
   * type is known, while the parser is still on the object's closing brace (so that the object's
   * pointer can be computed on failure).
   */
  private final class CareValues {
    private Obj object;
    private final String[] values = new String[CARE_PROPERTIES.size()];
    private final int[] lines = new int[values.length];
    private final int[] columns = new int[values.length];

    private JsonDecodingException failure(int property, String reason) {
      return new JsonDecodingException(object.pointer().appendProperty(CARE_PROPERTIES.get(property)).toString(),
          lines[property], columns[property], reason, null);
    }

    <T> T value(int property, Function<String, T> convert) {
      try {
        return convert.apply(values[property]);
      } catch (InvalidValueException e) {
        throw failure(property, e.rule());
      }
    }

    <E extends Enum<E>> E code(int property, Class<E> type) {
      E constant = Codes.constant(type, values[property]);
      if (constant == null) {
        throw failure(property, "unknown value");
      }
      return constant;
    }
  }

  /** Reads an outcome. */
  public Outcome outcome() {
    Obj object = begin("an outcome");
    Outcome.Builder outcome = Outcome.builder();
    Measure.Builder measure = Measure.builder();
    OutcomeSubject subject = null;
    while (object.next()) {
      switch (object.name) {
        case "id":
          outcome.id(id(OutcomeId::of));
          break;
        case "programme":
        case "centre":
        case "village":
        case "location":
          if (present()) {
            if (subject != null) {
              throw failure(pointer(), "an outcome has exactly one of programme, centre, village, location");
            }
            subject = subject(object.name);
          }
          break;
        case "indicator":
          outcome.indicator(value(string(), Code::of));
          break;
        case "period":
          outcome.period(date());
          break;
        case "note":
          if (present()) {
            outcome.note(string());
          }
          break;
        default:
          if (!measureProperty(object.name, measure)) {
            object.unknown();
          }
      }
    }
    if (subject == null) {
      throw object.missing("one of programme, centre, village, location is required");
    }
    outcome.subject(subject);
    return object.build(() -> outcome.measure(measure.build()).build());
  }

  private OutcomeSubject subject(String key) {
    switch (key) {
      case "programme":
        return id(ProgrammeId::of);
      case "centre":
        return id(CentreId::of);
      case "village":
        return id(VillageId::of);
      default:
        return id(LocationId::of);
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Values

  private Count count() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      long value = integer(Long.MIN_VALUE, Long.MAX_VALUE);
      return value(value, Count::exactly);
    }
    if (token != JsonToken.START_OBJECT) {
      throw failure(pointer(), "must be an integer or an object with one of about, upTo, atLeast, moreThan");
    }
    Obj object = begin("a count");
    Count count = null;
    while (object.next()) {
      Count.Qualifier qualifier;
      switch (object.name) {
        case "about":
          qualifier = Count.Qualifier.ABOUT;
          break;
        case "upTo":
          qualifier = Count.Qualifier.UP_TO;
          break;
        case "atLeast":
          qualifier = Count.Qualifier.AT_LEAST;
          break;
        case "moreThan":
          qualifier = Count.Qualifier.MORE_THAN;
          break;
        default:
          throw failure(pointer(), "a qualified count has one of about, upTo, atLeast, moreThan");
      }
      if (count != null) {
        throw failure(pointer(), "a qualified count has exactly one key");
      }
      long value = integer(Long.MIN_VALUE, Long.MAX_VALUE);
      count = value(value, v -> Count.of(qualifier, v));
    }
    if (count == null) {
      throw object.missing("a qualified count has one of about, upTo, atLeast, moreThan");
    }
    return count;
  }

  private Percent percent() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw failure(pointer(), "must be a number");
    }
    return value(decimal("must be between 0 and 100"), Percent::of);
  }

  private Coordinates coordinates() {
    Obj object = begin("coordinates");
    Double[] values = new Double[2];
    while (object.next()) {
      switch (object.name) {
        case "lat":
          values[0] = number();
          break;
        case "lon":
          values[1] = number();
          break;
        default:
          object.unknown();
      }
    }
    object.require("lat", values[0]);
    object.require("lon", values[1]);
    return object.build(() -> Coordinates.of(values[0], values[1]));
  }

  private double number() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw failure(pointer(), "must be a number");
    }
    return parser.getDoubleValue();
  }

  private PartialDate date() {
    return value(string(), PartialDate::parse);
  }

  private <T> T id(Function<String, T> kind) {
    return value(string(), kind);
  }

  private <E extends Enum<E>> E code(Class<E> type) {
    E constant = Codes.constant(type, string());
    if (constant == null) {
      throw failure(pointer(), "unknown value");
    }
    return constant;
  }

  private <E extends Enum<E>> Set<E> codeSet(Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    array(() -> {
      if (!values.add(code(type))) {
        throw failure(pointer(), "duplicate value in a set");
      }
    });
    return values;
  }

  private <T> List<T> idSet(Function<String, T> kind) {
    Distinct<T> values = new Distinct<>();
    array(() -> {
      if (!values.add(id(kind))) {
        throw failure(pointer(), "duplicate value in a set");
      }
    });
    return values.list;
  }

  /**
   * The distinct values of a set property, in the order given. A set on the wire is mostly a few
   * ids (a child's siblings): they are compared one by one, and hashed only once there are more
   * than {@value #SCANNED}, so that a long array cannot make the check quadratic.
   */
  private static final class Distinct<T> {
    private static final int SCANNED = 8;
    final List<T> list = new ArrayList<>(4);
    private Set<T> hashed;

    boolean add(T value) {
      if (hashed == null) {
        if (list.contains(value)) {
          return false;
        }
        if (list.size() == SCANNED) {
          hashed = new HashSet<>(list);
          hashed.add(value);
        }
      } else if (!hashed.add(value)) {
        return false;
      }
      list.add(value);
      return true;
    }
  }

  private String string() {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw failure(pointer(), "must be a string");
    }
    return parser.getString();
  }

  private boolean bool() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw failure(pointer(), "must be true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private int integer(int min, int max) {
    return (int) integer((long) min, (long) max);
  }

  /**
   * Reads a whole number: a JSON number whose value is an integer, however it is written ({@code 79},
   * {@code 79.0}, {@code 7.9e1}), as JSON Schema's {@code integer} counts it.
   */
  private long integer(long min, long max) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = parser.getNumberType();
      if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
        throw failure(pointer(), "whole number out of range");
      }
      return inRange(parser.getLongValue(), min, max);
    }
    if (token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw failure(pointer(), "must be a whole number");
    }
    BigDecimal value = decimal("whole number out of range");
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw failure(pointer(), "must be a whole number");
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw failure(pointer(), "whole number out of range");
    }
    return value.longValueExact();
  }

  /**
   * Returns the exact value of the number under the parser.
   *
   * @param outOfRange the reason to refuse a number whose exponent no {@code BigDecimal} can hold
   */
  private BigDecimal decimal(String outOfRange) {
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException e) {
      throw failure(pointer(), outOfRange);
    }
  }

    private long inRange(long value, long min, long max) {
    if (value < min || value > max) {
      throw failure(pointer(), "whole number out of range");
    }
    return value;
  }

  private boolean present() {
    return parser.currentToken() != JsonToken.VALUE_NULL;
  }

  /** Reads an array, calling the element reader with the parser on each element; null reads as empty. */
  private void array(Runnable element) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_ARRAY) {
      throw failure(pointer(), "must be an array");
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      element.run();
    }
  }

  private <S, T> T value(S raw, Function<S, T> convert) {
    try {
      return convert.apply(raw);
    } catch (InvalidValueException e) {
      throw failure(pointer(), e.rule());
    }
  }

  private JsonPointer pointer() {
    return parser.streamReadContext().pathAsPointer();
  }

  private JsonDecodingException failure(JsonPointer pointer, String reason) {
    return failure(pointer, parser.currentTokenLocation(), reason);
  }

  private JsonDecodingException failure(String pointer, String reason) {
    return failure(JsonPointer.compile(pointer), parser.currentTokenLocation(), reason);
  }

  private static JsonDecodingException failure(JsonPointer pointer, TokenStreamLocation location, String reason) {
    return new JsonDecodingException(pointer.toString(), location.getLineNr(), location.getColumnNr(), reason, null);
  }

  private Obj begin(String what) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw failure(pointer(), "must be " + what + " (a JSON object)");
    }
    int depth = parser.streamReadContext().getNestingDepth();
    if (depth >= objects.length) {
      objects = java.util.Arrays.copyOf(objects, depth + 1);
    }
    Obj object = objects[depth];
    if (object == null) {
      object = new Obj();
      objects[depth] = object;
    }
    object.reset(tokenLine(), tokenColumn());
    return object;
  }

  /**
   * Skips the value the parser is on, an unknown property's, holding what it skips to the rules of
   * the rest of the input: no duplicate property, no object wider than the cap.
   */
  private void skip() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return;
    }
    // The names of each open object, innermost last; null for an array.
    List<Set<String>> open = new ArrayList<>();
    open.add(token == JsonToken.START_OBJECT ? new HashSet<>() : null);
    while (!open.isEmpty()) {
      token = parser.nextToken();
      if (token == JsonToken.PROPERTY_NAME) {
        Set<String> names = open.get(open.size() - 1);
        if (names.size() == limits.perObject()) {
          throw tooWide(pointer().head());
        }
        if (!names.add(parser.currentName())) {
          throw duplicate();
        }
      } else if (token == JsonToken.START_OBJECT) {
        open.add(new HashSet<>());
      } else if (token == JsonToken.START_ARRAY) {
        open.add(null);
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY || token == null) {
        open.remove(open.size() - 1);
      }
    }
  }

  /** The refusal of an object's property past the cap, with the parser on its name. */
  private JsonDecodingException tooWide(JsonPointer object) {
    return failure(object, parser.currentTokenLocation(),
        "more than " + limits.perObject() + " properties in one object (maxPropertiesPerObject)");
  }

  /** The refusal of a property its object already had, with the parser on its name. */
  private JsonDecodingException duplicate() {
    return failure(pointer(), parser.currentTokenLocation(), "duplicate property");
  }

  /** The object being read at each nesting depth, reused from one object to the next. */
  private Obj[] objects = new Obj[8];

  /**
   * An object being read: where it starts, and which properties it had and where, so that a
   * duplicate property is refused and a tier-1 failure found when the object is built can be
   * reported at the offending property. Its JSON pointer is computed only for a failure.
   */
  private final class Obj {
    /** How many names are compared one by one before they are hashed. */
    private static final int SCANNED = 8;
    private String[] names = new String[16];
    private int[] lines = new int[16];
    private int[] columns = new int[16];
    private int count;
    /** The names, once there are more than {@value #SCANNED}: a long object cannot make the check quadratic. */
    private Set<String> hashed;
    private int startLine;
    private int startColumn;
    String name;

    void reset(int line, int column) {
      this.startLine = line;
      this.startColumn = column;
      this.count = 0;
      this.hashed = null;
    }

    /** Moves to the next property's value; false at the end of the object. */
    boolean next() {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_OBJECT) {
        return false;
      }
      name = parser.currentName();
      if (count == limits.perObject()) {
        throw tooWide(pointer());
      }
      if (seen(name)) {
        throw duplicate();
      }
      parser.nextToken();
      if (count == names.length) {
        names = java.util.Arrays.copyOf(names, count * 2);
        lines = java.util.Arrays.copyOf(lines, count * 2);
        columns = java.util.Arrays.copyOf(columns, count * 2);
      }
      names[count] = name;
      lines[count] = tokenLine();
      columns[count] = tokenColumn();
      count++;
      return true;
    }

    /** Returns whether the object already had a property of this name, and remembers it. */
    private boolean seen(String name) {
      if (hashed != null) {
        return !hashed.add(name);
      }
      for (int i = 0; i < count; i++) {
        if (names[i].equals(name)) {
          return true;
        }
      }
      if (count == SCANNED) {
        hashed = new HashSet<>(java.util.Arrays.asList(names).subList(0, count));
        hashed.add(name);
      }
      return false;
    }

    /** The pointer of this object; valid while the parser is inside it or on its closing brace. */
    JsonPointer pointer() {
      JsonPointer here = parser.streamReadContext().pathAsPointer();
      // Inside the object the context names the current property; on the closing brace, the object itself.
      return parser.currentToken() == JsonToken.END_OBJECT ? here : here.head();
    }

    /** Refuses, or reports and skips, a property this version does not know. */
    void unknown() {
      JsonPointer at = WireReader.this.pointer();
      TokenStreamLocation location = parser.currentTokenLocation();
      if (strict) {
        throw failure(at, location, "unknown property");
      }
      if (++unknowns > limits.unknown()) {
        throw failure(at, location, "more than " + limits.unknown() + " unknown properties (maxUnknownProperties)");
      }
      warnings.accept(new DecodeWarning(DecodeWarning.UNKNOWN_PROPERTY, at.toString(), location.getLineNr(),
          location.getColumnNr(), "unknown property, ignored"));
      skip();
    }

    void require(String property, Object value) {
      if (value == null) {
        throw missing(property + " is required");
      }
    }

    JsonDecodingException missing(String reason) {
      return new JsonDecodingException(pointer().toString(), startLine, startColumn, reason, null);
    }

    /** Builds the object, reporting a tier-1 failure at the property it names, if present. */
    <T> T build(Supplier<T> builder) {
      try {
        return builder.get();
      } catch (InvalidValueException e) {
        for (int i = count - 1; i >= 0; i--) {
          if (names[i].equals(e.field())) {
            throw new JsonDecodingException(pointer().appendProperty(e.field()).toString(), lines[i], columns[i],
                e.rule(), null);
          }
        }
        throw missing(e.getMessage());
      }
    }
  }
}
