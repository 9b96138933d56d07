package org.aldea.benchmarks.plain;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.aldea.benchmarks.plain.PlainRecords.AgeRange;
import org.aldea.benchmarks.plain.PlainRecords.Care;
import org.aldea.benchmarks.plain.PlainRecords.Caregiver;
import org.aldea.benchmarks.plain.PlainRecords.Centre;
import org.aldea.benchmarks.plain.PlainRecords.Child;
import org.aldea.benchmarks.plain.PlainRecords.Coordinates;
import org.aldea.benchmarks.plain.PlainRecords.Document;
import org.aldea.benchmarks.plain.PlainRecords.Family;
import org.aldea.benchmarks.plain.PlainRecords.Indicator;
import org.aldea.benchmarks.plain.PlainRecords.Location;
import org.aldea.benchmarks.plain.PlainRecords.Outcome;
import org.aldea.benchmarks.plain.PlainRecords.Programme;
import org.aldea.benchmarks.plain.PlainRecords.Reach;
import org.aldea.benchmarks.plain.PlainRecords.Village;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hand-written Jackson streaming reader and writer of the plain records: one pass over the
 * tokens, a switch per property, nothing checked beyond the shape. The limit of what Jackson can do.
 */
public final class HandStreaming {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser p;

  private HandStreaming(JsonParser parser) {
    this.p = parser;
  }

  /** Reads a document. */
  public static Document read(InputStream in) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      parser.nextToken();
      return new HandStreaming(parser).document();
    }
  }

  private Document document() {
    String version = null;
    List<Location> locations = new ArrayList<>();
    List<Centre> centres = new ArrayList<>();
    List<Programme> programmes = new ArrayList<>();
    List<Village> villages = new ArrayList<>();
    List<Family> families = new ArrayList<>();
    List<Child> children = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "schemaVersion" -> version = p.getString();
        case "locations" -> array(locations, this::location);
        case "socialCentres" -> array(centres, this::centre);
        case "programmes" -> array(programmes, this::programme);
        case "villages" -> array(villages, this::village);
        case "families" -> array(families, this::family);
        case "children" -> array(children, this::child);
        case "outcomes" -> array(outcomes, this::outcome);
        default -> p.skipChildren();
      }
    }
    return new Document(version, locations, centres, programmes, villages, families, children, outcomes);
  }

  private <T> void array(List<T> into, Supplier<T> element) {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      into.add(element.get());
    }
  }

  private List<String> strings() {
    List<String> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(p.getString());
    }
    return values;
  }

  private JsonNode count() {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return number();
    }
    ObjectNode node = NODES.objectNode();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      node.set(name, number());
    }
    return node;
  }

  /** An integer node of the type databind would make, so that both baselines build equal records. */
  private JsonNode number() {
    return p.getNumberType() == JsonParser.NumberType.INT ? NODES.numberNode(p.getIntValue())
        : NODES.numberNode(p.getLongValue());
  }

  private Location location() {
    String id = null, name = null, country = null, region = null;
    JsonNode population = null, distance = null;
    Integer altitude = null;
    Coordinates coordinates = null;
    List<Indicator> indicators = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = p.currentName();
      p.nextToken();
      switch (property) {
        case "id" -> id = p.getString();
        case "name" -> name = p.getString();
        case "country" -> country = p.getString();
        case "region" -> region = p.getString();
        case "population" -> population = count();
        case "altitudeMetres" -> altitude = p.getIntValue();
        case "distanceToCapitalKm" -> distance = count();
        case "coordinates" -> coordinates = coordinates();
        case "indicators" -> {
          indicators = new ArrayList<>();
          array(indicators, this::indicator);
        }
        default -> p.skipChildren();
      }
    }
    return new Location(id, name, country, region, population, altitude, distance, coordinates, indicators);
  }

  private Coordinates coordinates() {
    double lat = 0;
    double lon = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = p.currentName();
      p.nextToken();
      if (property.equals("lat")) {
        lat = p.getDoubleValue();
      } else {
        lon = p.getDoubleValue();
      }
    }
    return new Coordinates(lat, lon);
  }

  private Indicator indicator() {
    String kind = null, note = null;
    Integer year = null;
    JsonNode count = null;
    BigDecimal percent = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = p.currentName();
      p.nextToken();
      switch (property) {
        case "kind" -> kind = p.getString();
        case "year" -> year = p.getIntValue();
        case "count" -> count = count();
        case "percent" -> percent = p.getDecimalValue();
        case "note" -> note = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Indicator(kind, year, count, percent, note);
  }

  private Centre centre() {
    String id = null, name = null, location = null, village = null, opened = null;
    List<String> services = null, staff = null;
    Map<String, Integer> facilities = null;
    Integer places = null;
    JsonNode reach = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = p.currentName();
      p.nextToken();
      switch (property) {
        case "id" -> id = p.getString();
        case "name" -> name = p.getString();
        case "location" -> location = p.getString();
        case "village" -> village = p.getString();
        case "opened" -> opened = p.getString();
        case "services" -> services = strings();
        case "facilities" -> {
          facilities = new HashMap<>();
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String facility = p.currentName();
            p.nextToken();
            facilities.put(facility, p.getIntValue());
          }
        }
        case "staff" -> staff = strings();
        case "dayCarePlaces" -> places = p.getIntValue();
        case "dailyReach" -> reach = count();
        default -> p.skipChildren();
      }
    }
    return new Centre(id, name, location, village, opened, services, facilities, staff, places, reach);
  }

  private Programme programme() {
    String id = null, name = null, location = null, centre = null, started = null;
    List<String> focus = null;
    AgeRange ages = null;
    JsonNode capacity = null;
    Reach reach = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = p.currentName();
      p.nextToken();
      switch (property) {
        case "id" -> id = p.getString();
        case "name" -> name = p.getString();
        case "location" -> location = p.getString();
        case "centre" -> centre = p.getString();
        case "started" -> started = p.getString();
        case "focusAreas" -> focus = strings();
        case "targetAge" -> {
          int min = 0;
          int under = 0;
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String bound = p.currentName();
            p.nextToken();
            if (bound.equals("min")) {
              min = p.getIntValue();
            } else {
              under = p.getIntValue();
            }
          }
          ages = new AgeRange(min, under);
        }
        case "capacity" -> capacity = count();
        case "reach" -> {
          JsonNode children = null;
          JsonNode families = null;
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String what = p.currentName();
            p.nextToken();
            if (what.equals("children")) {
              children = count();
            } else {
              families = count();
            }
          }
          reach = new Reach(children, families);
        }
        default -> p.skipChildren();
      }
    }
    return new Programme(id, name, location, centre, started, focus, ages, capacity, reach);
  }

  private Village village() {
    String id = null, name = null, location = null, opened = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = p.currentName();
      p.nextToken();
      switch (property) {
        case "id" -> id = p.getString();
        case "name" -> name = p.getString();
        case "location" -> location = p.getString();
        case "opened" -> opened = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Village(id, name, location, opened);
  }

  private Family family() {
    String id = null, village = null, role = null, since = null;
    int capacity = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = p.currentName();
      p.nextToken();
      switch (property) {
        case "id" -> id = p.getString();
        case "village" -> village = p.getString();
        case "caregiver" -> {
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String what = p.currentName();
            p.nextToken();
            if (what.equals("role")) {
              role = p.getString();
            } else {
              since = p.getString();
            }
          }
        }
        case "capacity" -> capacity = p.getIntValue();
        default -> p.skipChildren();
      }
    }
    return new Family(id, village, new Caregiver(role, since), capacity);
  }

  private Child child() {
    String id = null, name = null, born = null, education = null;
    Care care = null;
    boolean adapted = false;
    boolean sponsored = false;
    List<String> siblings = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = p.currentName();
      p.nextToken();
      switch (property) {
        case "id" -> id = p.getString();
        case "name" -> name = p.getString();
        case "born" -> born = p.getString();
        case "care" -> care = care();
        case "education" -> education = p.getString();
        case "adaptedTeaching" -> adapted = p.getBooleanValue();
        case "siblings" -> siblings = strings();
        case "sponsored" -> sponsored = p.getBooleanValue();
        default -> p.skipChildren();
      }
    }
    return new Child(id, name, born, care, education, adapted, siblings, sponsored);
  }

  private Care care() {
    Map<String, String> values = new HashMap<>(4);
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = p.currentName();
      p.nextToken();
      values.put(property, p.getString());
    }
    return switch (values.get("type")) {
      case "sos_family" -> new PlainRecords.SosFamily(values.get("family"), values.get("since"));
      case "family_of_origin" -> new PlainRecords.FamilyOfOrigin(values.get("programme"), values.get("since"));
      case "kinship_care" -> new PlainRecords.Kinship(values.get("relation"), values.get("since"));
      case "youth_follow_up" -> new PlainRecords.FollowUp(values.get("since"));
      default -> new PlainRecords.Left(values.get("on"), values.get("reason"));
    };
  }

  private Outcome outcome() {
    String id = null, programme = null, centre = null, village = null, location = null, indicator = null,
        period = null, note = null;
    JsonNode count = null;
    BigDecimal percent = null;
    Long outOf = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = p.currentName();
      p.nextToken();
      switch (property) {
        case "id" -> id = p.getString();
        case "programme" -> programme = p.getString();
        case "centre" -> centre = p.getString();
        case "village" -> village = p.getString();
        case "location" -> location = p.getString();
        case "indicator" -> indicator = p.getString();
        case "period" -> period = p.getString();
        case "count" -> count = count();
        case "percent" -> percent = p.getDecimalValue();
        case "outOf" -> outOf = p.getLongValue();
        case "note" -> note = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Outcome(id, programme, centre, village, location, indicator, period, count, percent, outOf, note);
  }

  // ----------------------------------------------------------------------------------------------

  /** Writes a document. */
  public static void write(Document document, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("schemaVersion", document.schemaVersion());
      list(g, "locations", document.locations(), location -> location(g, location));
      list(g, "socialCentres", document.socialCentres(), centre -> centre(g, centre));
      list(g, "programmes", document.programmes(), programme -> programme(g, programme));
      list(g, "villages", document.villages(), village -> {
        g.writeStartObject();
        g.writeStringProperty("id", village.id());
        g.writeStringProperty("name", village.name());
        g.writeStringProperty("location", village.location());
        optional(g, "opened", village.opened());
        g.writeEndObject();
      });
      list(g, "families", document.families(), family -> {
        g.writeStartObject();
        g.writeStringProperty("id", family.id());
        g.writeStringProperty("village", family.village());
        g.writeName("caregiver");
        g.writeStartObject();
        g.writeStringProperty("role", family.caregiver().role());
        optional(g, "since", family.caregiver().since());
        g.writeEndObject();
        g.writeNumberProperty("capacity", family.capacity());
        g.writeEndObject();
      });
      list(g, "children", document.children(), child -> child(g, child));
      list(g, "outcomes", document.outcomes(), outcome -> outcome(g, outcome));
      g.writeEndObject();
    }
  }

  private static <T> void list(JsonGenerator g, String name, List<T> values, Consumer<T> element) {
    g.writeName(name);
    g.writeStartArray();
    values.forEach(element);
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private static void count(JsonGenerator g, String name, JsonNode count) {
    if (count == null) {
      return;
    }
    g.writeName(name);
    if (count.isNumber()) {
      g.writeNumber(count.longValue());
    } else {
      g.writeStartObject();
      count.properties().forEach(entry -> g.writeNumberProperty(entry.getKey(), entry.getValue().longValue()));
      g.writeEndObject();
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    if (values == null || values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    values.forEach(g::writeString);
    g.writeEndArray();
  }

  private static void location(JsonGenerator g, Location location) {
    g.writeStartObject();
    g.writeStringProperty("id", location.id());
    g.writeStringProperty("name", location.name());
    g.writeStringProperty("country", location.country());
    g.writeStringProperty("region", location.region());
    count(g, "population", location.population());
    if (location.altitudeMetres() != null) {
      g.writeNumberProperty("altitudeMetres", location.altitudeMetres());
    }
    count(g, "distanceToCapitalKm", location.distanceToCapitalKm());
    if (location.coordinates() != null) {
      g.writeName("coordinates");
      g.writeStartObject();
      g.writeNumberProperty("lat", location.coordinates().lat());
      g.writeNumberProperty("lon", location.coordinates().lon());
      g.writeEndObject();
    }
    if (location.indicators() != null && !location.indicators().isEmpty()) {
      list(g, "indicators", location.indicators(), indicator -> {
        g.writeStartObject();
        g.writeStringProperty("kind", indicator.kind());
        if (indicator.year() != null) {
          g.writeNumberProperty("year", indicator.year());
        }
        count(g, "count", indicator.count());
        if (indicator.percent() != null) {
          g.writeNumberProperty("percent", indicator.percent());
        }
        optional(g, "note", indicator.note());
        g.writeEndObject();
      });
    }
    g.writeEndObject();
  }

  private static void centre(JsonGenerator g, Centre centre) {
    g.writeStartObject();
    g.writeStringProperty("id", centre.id());
    g.writeStringProperty("name", centre.name());
    g.writeStringProperty("location", centre.location());
    optional(g, "village", centre.village());
    optional(g, "opened", centre.opened());
    strings(g, "services", centre.services());
    if (centre.facilities() != null && !centre.facilities().isEmpty()) {
      g.writeName("facilities");
      g.writeStartObject();
      centre.facilities().forEach(g::writeNumberProperty);
      g.writeEndObject();
    }
    strings(g, "staff", centre.staff());
    if (centre.dayCarePlaces() != null) {
      g.writeNumberProperty("dayCarePlaces", centre.dayCarePlaces());
    }
    count(g, "dailyReach", centre.dailyReach());
    g.writeEndObject();
  }

  private static void programme(JsonGenerator g, Programme programme) {
    g.writeStartObject();
    g.writeStringProperty("id", programme.id());
    g.writeStringProperty("name", programme.name());
    g.writeStringProperty("location", programme.location());
    optional(g, "centre", programme.centre());
    optional(g, "started", programme.started());
    strings(g, "focusAreas", programme.focusAreas());
    if (programme.targetAge() != null) {
      g.writeName("targetAge");
      g.writeStartObject();
      g.writeNumberProperty("min", programme.targetAge().min());
      g.writeNumberProperty("under", programme.targetAge().under());
      g.writeEndObject();
    }
    count(g, "capacity", programme.capacity());
    if (programme.reach() != null) {
      g.writeName("reach");
      g.writeStartObject();
      count(g, "children", programme.reach().children());
      count(g, "families", programme.reach().families());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void child(JsonGenerator g, Child child) {
    g.writeStartObject();
    g.writeStringProperty("id", child.id());
    optional(g, "name", child.name());
    g.writeStringProperty("born", child.born());
    g.writeName("care");
    g.writeStartObject();
    Care care = child.care();
    if (care instanceof PlainRecords.SosFamily sos) {
      g.writeStringProperty("type", "sos_family");
      g.writeStringProperty("family", sos.family());
      g.writeStringProperty("since", sos.since());
    } else if (care instanceof PlainRecords.FamilyOfOrigin origin) {
      g.writeStringProperty("type", "family_of_origin");
      g.writeStringProperty("programme", origin.programme());
      g.writeStringProperty("since", origin.since());
    } else if (care instanceof PlainRecords.Kinship kinship) {
      g.writeStringProperty("type", "kinship_care");
      g.writeStringProperty("relation", kinship.relation());
      g.writeStringProperty("since", kinship.since());
    } else if (care instanceof PlainRecords.FollowUp followUp) {
      g.writeStringProperty("type", "youth_follow_up");
      g.writeStringProperty("since", followUp.since());
    } else if (care instanceof PlainRecords.Left left) {
      g.writeStringProperty("type", "left_care");
      g.writeStringProperty("on", left.on());
      g.writeStringProperty("reason", left.reason());
    }
    g.writeEndObject();
    g.writeStringProperty("education", child.education());
    g.writeBooleanProperty("adaptedTeaching", child.adaptedTeaching());
    strings(g, "siblings", child.siblings());
    g.writeBooleanProperty("sponsored", child.sponsored());
    g.writeEndObject();
  }

  private static void outcome(JsonGenerator g, Outcome outcome) {
    g.writeStartObject();
    g.writeStringProperty("id", outcome.id());
    optional(g, "programme", outcome.programme());
    optional(g, "centre", outcome.centre());
    optional(g, "village", outcome.village());
    optional(g, "location", outcome.location());
    g.writeStringProperty("indicator", outcome.indicator());
    g.writeStringProperty("period", outcome.period());
    count(g, "count", outcome.count());
    if (outcome.percent() != null) {
      g.writeNumberProperty("percent", outcome.percent());
    }
    if (outcome.outOf() != null) {
      g.writeNumberProperty("outOf", outcome.outOf());
    }
    optional(g, "note", outcome.note());
    g.writeEndObject();
  }
}
