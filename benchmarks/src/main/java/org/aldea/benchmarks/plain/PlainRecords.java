package org.aldea.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain records of the exchange format, as a user would write them for Jackson databind: strings
 * for ids, dates and codes, {@link JsonNode} for counts (a number or a one-key object), the care
 * union by {@code @JsonTypeInfo}.
 */
public final class PlainRecords {
  private PlainRecords() {}

  /** A mapper as a user would configure it for these records. */
  public static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
      .build();

  /** The document. */
  public record Document(String schemaVersion, List<Location> locations, List<Centre> socialCentres,
      List<Programme> programmes, List<Village> villages, List<Family> families, List<Child> children,
      List<Outcome> outcomes) {}

  /** A location. */
  public record Location(String id, String name, String country, String region, JsonNode population,
      Integer altitudeMetres, JsonNode distanceToCapitalKm, Coordinates coordinates, List<Indicator> indicators) {}

  /** Coordinates. */
  public record Coordinates(double lat, double lon) {}

  /** A context figure. */
  public record Indicator(String kind, Integer year, JsonNode count, BigDecimal percent, String note) {}

  /** A social centre. */
  public record Centre(String id, String name, String location, String village, String opened, List<String> services,
      Map<String, Integer> facilities, List<String> staff, Integer dayCarePlaces, JsonNode dailyReach) {}

  /** A programme. */
  public record Programme(String id, String name, String location, String centre, String started,
      List<String> focusAreas, AgeRange targetAge, JsonNode capacity, Reach reach) {}

  /** Target ages. */
  public record AgeRange(int min, int under) {}

  /** A reach. */
  public record Reach(JsonNode children, JsonNode families) {}

  /** A village. */
  public record Village(String id, String name, String location, String opened) {}

  /** A family. */
  public record Family(String id, String village, Caregiver caregiver, int capacity) {}

  /** A caregiver. */
  public record Caregiver(String role, String since) {}

  /** A child. */
  public record Child(String id, String name, String born, Care care, String education, boolean adaptedTeaching,
      List<String> siblings, boolean sponsored) {}

  /** A care situation. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(SosFamily.class), @JsonSubTypes.Type(FamilyOfOrigin.class),
      @JsonSubTypes.Type(Kinship.class), @JsonSubTypes.Type(FollowUp.class), @JsonSubTypes.Type(Left.class)})
  public sealed interface Care permits SosFamily, FamilyOfOrigin, Kinship, FollowUp, Left {}

  /** In an SOS family. */
  @JsonTypeName("sos_family")
  public record SosFamily(String family, String since) implements Care {}

  /** With the family of origin. */
  @JsonTypeName("family_of_origin")
  public record FamilyOfOrigin(String programme, String since) implements Care {}

  /** In kinship care. */
  @JsonTypeName("kinship_care")
  public record Kinship(String relation, String since) implements Care {}

  /** Followed up. */
  @JsonTypeName("youth_follow_up")
  public record FollowUp(String since) implements Care {}

  /** Left care. */
  @JsonTypeName("left_care")
  public record Left(String on, String reason) implements Care {}

  /** An outcome. */
  public record Outcome(String id, String programme, String centre, String village, String location, String indicator,
      String period, JsonNode count, BigDecimal percent, Long outOf, String note) {}
}
