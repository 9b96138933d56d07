package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.aldea.testkit.ConformanceCorpus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every published schema keeps to the subset of JSON Schema that validators in every language read
 * the same way (ECMA-262 regular expressions in Ajv, Python's {@code re}, Java's
 * {@code java.util.regex}): the defects integrators met are each a rule here.
 */
class PortableSchemasTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** What ends every pattern: the end, not before a final line break (Python's and Java's {@code $} allow one). */
  static final String END = "$(?![\\n\\r\\u0085\\u2028\\u2029])";

  /** Classes whose meaning differs between dialects (Unicode in Python, ASCII in ECMA-262), and Unicode properties. */
  private static final Pattern SHORTHAND = Pattern.compile("\\\\[dDwWsSbBpP]");

  private record Keyword(String schema, String path, JsonNode value) {}

  private static List<Keyword> keywords(String name) {
    List<Keyword> found = new ArrayList<>();
    for (Map.Entry<String, String> schema : PublishedSchemaTexts.all().entrySet()) {
      collect(schema.getKey(), "", TREES.readTree(schema.getValue()), name, found);
    }
    return found;
  }

  private static void collect(String schema, String path, JsonNode node, String name, List<Keyword> found) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String at = path + "/" + property.getKey();
        // A property named like a keyword inside "properties" is not that keyword.
        if (property.getKey().equals(name) && !path.endsWith("/properties")) {
          found.add(new Keyword(schema, at, property.getValue()));
        }
        collect(schema, at, property.getValue(), name, found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(schema, path + "/" + i, node.get(i), name, found);
      }
    }
  }

  @Test
  void noMultipleOfIsFractionalForValidatorsComputeItInBinaryFloatingPoint() {
    assertThat(keywords("multipleOf")).allSatisfy(keyword ->
        assertThat(keyword.value().isIntegralNumber()).as("%s%s", keyword.schema(), keyword.path()).isTrue());
  }

  @Test
  void patternsUseAsciiClassesAndEscapedCodePointsOnly() {
    List<Keyword> patterns = keywords("pattern");
    assertThat(patterns).hasSizeGreaterThan(10);
    for (Keyword keyword : patterns) {
      String pattern = keyword.value().asString();
      String where = keyword.schema() + keyword.path();
      assertThat(pattern.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).as("%s is printable ASCII", where).isTrue();
      assertThat(SHORTHAND.matcher(pattern).find()).as("%s uses no \\d, \\w, \\s, \\b or \\p", where).isFalse();
      assertThat(pattern).as("%s: no flags, named groups or lookbehind", where).doesNotContain("(?<", "(?i", "(?m", "(?s", "(?x");
      assertThat(unescapedDotOutsideAClass(pattern)).as("%s: '.' means different things", where).isFalse();
    }
  }

  @Test
  void everyPatternIsAnchoredSoThatATrailingLineBreakCannotPass() {
    for (Keyword keyword : keywords("pattern")) {
      String pattern = keyword.value().asString();
      assertThat(pattern).as("%s%s", keyword.schema(), keyword.path()).startsWith("^").endsWith(END);
      assertThat(pattern.indexOf('$')).as("one end").isEqualTo(pattern.length() - END.length());
    }
  }

  @Test
  void noFormatKeywordForValidatorsCheckFormatsDifferentlyOrNotAtAll() {
    assertThat(keywords("format")).isEmpty();
  }

  @Test
  void everySchemaDeclaresDraft202012AndAnIdUnderTheBase() {
    for (Map.Entry<String, String> schema : PublishedSchemaTexts.all().entrySet()) {
      JsonNode tree = TREES.readTree(schema.getValue());
      assertThat(tree.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(tree.get("$id").asString()).isEqualTo("https://aldea.org/schema/1.0/" + schema.getKey());
    }
  }

  @Test
  void theCorpusManifestFollowsItsSchema() {
    String manifestSchema = PublishedSchemaTexts.all().get("manifest.schema.json");
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemas(iri -> iri.endsWith("/manifest.schema.json") ? manifestSchema : null))
        .getSchema(SchemaLocation.of("https://aldea.org/schema/1.0/manifest.schema.json"));
    assertThat(schema.validate(TREES.readTree(ConformanceCorpus.manifest()))).isEmpty();
  }

  private static boolean unescapedDotOutsideAClass(String pattern) {
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '.' && !inClass) {
        return true;
      }
    }
    return false;
  }
}
