package org.aldea.spring.boot;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aldea.testkit.ConformanceCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Request bodies the tests send: children good and bad, and the corpus' undecodable documents. */
final class Requests {
  static final String SECRET = "SECRETNAME";

  /** A valid child who has left care; {@code %s} is where more properties go. */
  private static final String CHILD = "{\"id\":\"c-1\",\"born\":\"%s\",\"care\":%s,"
      + "\"education\":\"completed\",\"adaptedTeaching\":false,\"sponsored\":false%s}";
  private static final String LEFT_CARE = "{\"type\":\"left_care\",\"on\":\"2015\",\"reason\":\"independent_life\"}";
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private Requests() {}

  static String child() {
    return CHILD.formatted("2000", LEFT_CARE, "");
  }

  static String child(String born, String care, String more) {
    return CHILD.formatted(born, care, more);
  }

  /** A child whose only broken rule is a warning: in care at 36, over the oldest age in care (25). */
  static String childTooOldForCare() {
    return child("1990", "{\"type\":\"family_of_origin\",\"programme\":\"p-1\",\"since\":\"2000\"}", "");
  }

  /** A child born after the reference date of 2018-06-19, an error. */
  static String childBornIn2019() {
    return child("2019", LEFT_CARE.replace("2015", "2020"), "");
  }

  /**
   * Bad children, each with a name or a value that must not come back, and the pointer a refusal
   * must name.
   */
  static Map<String, String> badChildren() {
    return Map.of(
        child().replace("\"born\"", "\"name\":" + SECRET + "-123,\"born\""), "/name",
        child().replace("\"2000\"", "\"" + SECRET + "\""), "/born",
        child().replace("left_care", SECRET), "/care/type",
        child().replace("\"c-1\"", "\"" + SECRET + " 1\""), "/id",
        child() + " " + SECRET, "",
        child().replace("\"born\"", "\"id\":\"" + SECRET + "\",\"born\""), "/id",
        child().replace("\"sponsored\":false", "\"sponsored\":\"" + SECRET + "\""), "/sponsored");
  }

  /** The corpus' documents that do not decode, each with the pointer its manifest gives. */
  static Stream<Map.Entry<String, String>> undecodableDocuments() {
    JsonNode manifest = TREES.readTree(ConformanceCorpus.manifest());
    return manifest.get("cases").valueStream()
        .filter(entry -> entry.has("file") && !entry.has("kind") && !entry.get("decodes").asBoolean())
        .map(entry -> Map.entry(entry.get("file").asString(), entry.get("pointer").asString()));
  }

  static List<String> files(Stream<Map.Entry<String, String>> entries) {
    return entries.map(Map.Entry::getKey).toList();
  }
}
