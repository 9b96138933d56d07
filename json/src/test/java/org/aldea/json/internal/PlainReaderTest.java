package org.aldea.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.core.model.SocialCentre;
import org.aldea.json.AldeaJson;
import org.aldea.json.DecodeWarning;
import org.aldea.json.Mutations;
import org.aldea.testkit.AldeaGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The plain reader reads what Jackson reads, or gives up: whatever line it reads, Jackson reads
 * into an equal entity with no warning, and it reads every line the writer writes in ASCII.
 */
class PlainReaderTest {
  private static final WireReader.Limits LIMITS = new WireReader.Limits(1_000, 100);
  private static final JsonFactory FACTORY = AldeaJson.withLimits(new JsonFactory());
  private static final AldeaJson JSON = AldeaJson.create();
  private static final Map<EntityKind<?>, Gen<?>> ENTITIES = Map.of(
      EntityKind.LOCATIONS, AldeaGenerators.locations(), EntityKind.SOCIAL_CENTRES, AldeaGenerators.socialCentres(),
      EntityKind.PROGRAMMES, AldeaGenerators.programmes(), EntityKind.VILLAGES, AldeaGenerators.villages(),
      EntityKind.FAMILIES, AldeaGenerators.families(), EntityKind.CHILDREN, AldeaGenerators.children(),
      EntityKind.OUTCOMES, AldeaGenerators.outcomes());

  /** Fragments that change the structure, the spacing or the way a value is written. */
  private static final String[] FRAGMENTS = {
      "{", "}", "[", "]", ",", ":", "\"", " ", "\t", "\r", "\n", "null", "true", "false", "0", "-", "07", "1.0", "1e2",
      ".5", "5", "E-3", "-0", "-0.0", "+", "0.10", "{\"about\":1}", "{\"lat\":1,\"lon\":-0}", "{\"min\":3,\"under\":3}",
      "\\u0041", "\\\"", "\u00e9", "\u007f", "\u0000", "\"x\"", "\"id\":\"chi-1\"", "\"sponsored\":true",
      "\"type\":\"left_care\"", "\"siblings\":[\"chi-2\",\"chi-2\"]", "99999999999999999999"};

  @Test
  void readsEveryKindOfEntity() {
    assertThat(EntityKind.values()).allMatch(kind -> PlainReader.reads(kind.type()));
    assertThat(PlainReader.reads(String.class)).isFalse();
  }

  @Test
  void readsEveryEntityAsWrittenInAsciiAsJacksonDoes() {
    for (EntityKind<?> kind : EntityKind.values()) {
      qt().withExamples(300).forAll(ENTITIES.get(kind)).checkAssert(entity -> {
        byte[] line = JSON.encode(entity).getBytes(StandardCharsets.UTF_8);
        Object plain = new PlainReader(LIMITS).read(kind.type(), line, 0, line.length);
        assertThat(jackson(kind.type(), line)).isEqualTo(entity);
        if (isAscii(line)) {
          assertThat(plain).as("%s", new String(line, StandardCharsets.UTF_8)).isEqualTo(entity);
        } else {
          assertThat(plain).isIn(null, entity);
        }
      });
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void mutatedLinesAreReadAsJacksonReadsThemOrLeftToIt(EntityKind<?> kind) {
    List<byte[]> lines = new ArrayList<>();
    qt().withExamples(50).forAll(ENTITIES.get(kind)).checkAssert(entity -> lines.add(JSON.encode(entity)
        .getBytes(StandardCharsets.UTF_8)));
    if (kind == EntityKind.CHILDREN) { // with a name: free text, where an escape would change the value read
      qt().withExamples(50).forAll(AldeaGenerators.children()).checkAssert(child -> lines.add(JSON.encode(
          Child.builder().from(child).name("Ana Maria").build()).getBytes(StandardCharsets.UTF_8)));
    }
    int[] read = new int[1];
    qt().withExamples(10_000).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, mutations) -> {
      byte[] line = mutate(lines, seed, mutations);
      Object plain = new PlainReader(LIMITS).read(kind.type(), line, 0, line.length);
      if (plain != null) {
        read[0]++;
        List<DecodeWarning> warnings = new ArrayList<>();
        // A line feed ends the line for the plain reader; the reader of NDJSON gives Jackson the line alone.
        int end = indexOf(line, (byte) '\n');
        assertThat(jackson(kind.type(), Arrays.copyOf(line, end), warnings))
            .as("%s", new String(line, StandardCharsets.UTF_8)).isEqualTo(plain);
        assertThat(warnings).isEmpty();
      }
    });
    // Most mutations leave no valid entity; those that do are mostly space, read plainly.
    assertThat(read[0]).as("mutated lines read plainly").isGreaterThan(50);
  }

  static List<EntityKind<?>> kinds() {
    return EntityKind.values();
  }

  /** A child as the lines below have it but for the one change each makes. */
  private static final String CHILD = "{\"id\":\"chi-1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\","
      + "\"since\":\"2020\"},\"education\":\"completed\"}";

  @Test
  void readsTheChildTheLinesBelowChange() {
    byte[] bytes = CHILD.getBytes(StandardCharsets.US_ASCII);
    assertThat(new PlainReader(LIMITS).read(Child.class, bytes, 0, bytes.length)).isEqualTo(jackson(Child.class, bytes));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\":\"chi-1\",\"name\":\"A\\u0041\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"completed\"}",
      "{\"id\":\"ni\u00f1o-1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"completed\"}",
      "{\"id\":\"chi-1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"completed\",\"hobby\":\"x\"}",
      "{\"id\":\"chi-1\",\"id\":\"chi-2\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"completed\"}",
      "{\"id\":\"chi-1\",\"born\":null,\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"completed\"}",
      "{\"id\":\"chi-1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"completed\",}",
      "{\"id\":\"chi-1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"completed\"} {}",
      "{\"id\":\"chi-1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\",\"family\":\"f\"},\"education\":\"completed\"}",
      "{\"id\":\"chi-1\",\"born\":\"2010-02-30\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"completed\"}",
      "{\"id\":\"chi-1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"graduated\"}",
      "{\"id\":\"chi-1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"completed\",\"sponsored\":1}",
      "{\"id\":\"chi-1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"completed\",\"siblings\":[\"chi-2\",\"chi-2\"]}",
      "\u00ef\u00bb\u00bf{\"id\":\"chi-1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"completed\"}"})
  void givesUpOnEscapesOtherCharactersStrangersRepeatsNullsRefusalsAndTrailingContent(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(new PlainReader(LIMITS).read(Child.class, bytes, 0, bytes.length)).isNull();
  }

  /** The child above with another care situation. */
  private static String childCaredFor(String care) {
    return CHILD.replace("{\"type\":\"youth_follow_up\",\"since\":\"2020\"}", care);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\":\"sos_family\",\"family\":\"fam-1\",\"since\":\"2020-01\"}",
      "{\"type\":\"sos_family\",\"since\":\"2020-01\",\"family\":\"fam-1\"}",
      "{ \"type\" : \"sos_family\" , \"since\" : \"2020-01\" , \"family\" : \"fam-1\" }",
      "{\"family\":\"fam-1\",\"type\":\"sos_family\",\"since\":\"2020-01\"}",
      "{\"family\":\"fam-1\",\"since\":\"2020-01\",\"type\":\"sos_family\"}",
      "{\"since\":\"2020\",\"type\":\"youth_follow_up\"}"})
  void readsACareSituationWhereverItsTypeIs(String care) {
    byte[] bytes = childCaredFor(care).getBytes(StandardCharsets.US_ASCII);
    Child plain = new PlainReader(LIMITS).read(Child.class, bytes, 0, bytes.length);
    assertThat(plain).isNotNull().isEqualTo(jackson(Child.class, bytes));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\":\"sos_family\",\"family\":\"fam-1\"}",
      "{\"type\":\"sos_family\",\"family\":\"fam-1\",\"family\":\"fam-2\",\"since\":\"2020\"}",
      "{\"type\":\"sos_family\",\"family\":null,\"since\":\"2020\"}",
      "{\"type\":\"sos_family\",\"type\":\"sos_family\",\"family\":\"fam-1\",\"since\":\"2020\"}",
      "{\"type\":\"sos_family\",\"family\":\"fam-1\",\"since\":\"2020\",\"programme\":\"pro-1\"}",
      "{\"type\":\"sos_family\",\"family\":\"fam-1\",\"since\":\"2020\",\"nickname\":\"x\"}",
      "{\"type\":\"foster_care\",\"since\":\"2020\"}",
      "{\"family\":\"fam-1\",\"since\":\"2020\"}"})
  void givesUpOnACareSituationMissingAPropertyRepeatingOneOrNamingAnother(String care) {
    byte[] bytes = childCaredFor(care).getBytes(StandardCharsets.US_ASCII);
    assertThat(new PlainReader(LIMITS).read(Child.class, bytes, 0, bytes.length)).isNull();
  }

  @Test
  void readsASetOfCodesOfAnySizeButLeavesALargeSetOfIdsToJackson() {
    // Nine services: a set of codes, where a repeated one is found at once however many there are.
    byte[] centre = ("{\"id\":\"cen-73\",\"name\":\"Centre 73\",\"location\":\"loc-73\",\"opened\":\"2000-05\","
        + "\"services\":[\"adult_evening_classes\",\"day_care\",\"dental_care\",\"drinking_water\",\"health_care\","
        + "\"income_training\",\"information_workshops\",\"medicine_distribution\",\"paediatric_care\"],"
        + "\"staff\":[\"educator\",\"nurse\"],\"dayCarePlaces\":82}").getBytes(StandardCharsets.US_ASCII);
    Object plain = new PlainReader(LIMITS).read(SocialCentre.class, centre, 0, centre.length);
    assertThat(plain).isNotNull().isEqualTo(jackson(SocialCentre.class, centre));
    // Siblings, a set of ids: eight read plainly, nine left to Jackson.
    for (int count = 8; count <= 9; count++) {
      String siblings = IntStream.rangeClosed(2, count + 1).mapToObj(n -> "\"chi-" + n + "\"")
          .collect(Collectors.joining(",", ",\"siblings\":[", "]}"));
      byte[] child = (CHILD.substring(0, CHILD.length() - 1) + siblings).getBytes(StandardCharsets.US_ASCII);
      Object read = new PlainReader(LIMITS).read(Child.class, child, 0, child.length);
      assertThat(read).as("%d siblings", count).isEqualTo(count == 8 ? jackson(Child.class, child) : null);
    }
  }

  @Test
  void givesUpOnNumbersNotWrittenPlainlyAndObjectsOverTheLimit() {
    String family = "{\"id\":\"fam-1\",\"village\":\"vil-1\",\"caregiver\":{\"role\":\"sos_mother\",\"since\":\"2001\"},"
        + "\"capacity\":%s}";
    assertThat(plainFamily(String.format(family, "7"), LIMITS)).isNotNull();
    for (String number : List.of("7.0", "7e0", "07", "-", "+7", "99999999999999999999", "\"7\"")) {
      assertThat(plainFamily(String.format(family, number), LIMITS)).as(number).isNull();
    }
    // Under a cap lower than the widest of the model's objects, no line is read plainly.
    assertThat(plainFamily(String.format(family, "7"), new WireReader.Limits(63, 100))).isNull();
  }

  @Test
  void endsTheLineAtItsLineFeedWithTheSpaceBeforeIt() {
    byte[] line = ("{\"id\":\"chi-1\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},"
        + "\"education\":\"completed\"} \t\r\n{\"next\":1}").getBytes(StandardCharsets.UTF_8);
    PlainReader reader = new PlainReader(LIMITS);
    assertThat(reader.read(Child.class, line, 0, line.length)).isNotNull();
    assertThat(line[reader.end()]).isEqualTo((byte) '\n');
    assertThat(reader.end()).isEqualTo(indexOf(line, (byte) '\n'));
  }

  private static Object plainFamily(String line, WireReader.Limits limits) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return new PlainReader(limits).read(EntityKind.FAMILIES.type(), bytes, 0, bytes.length);
  }

  private static Object jackson(Class<?> type, byte[] line) {
    List<DecodeWarning> warnings = new ArrayList<>();
    Object value = jackson(type, line, warnings);
    assertThat(warnings).isEmpty();
    return value;
  }

  /** Reads a line as the reader of NDJSON has Jackson read it alone; a refusal is returned, not thrown. */
  private static Object jackson(Class<?> type, byte[] line, List<DecodeWarning> warnings) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), line)) {
      Failures.requireUtf8Start(line, 0, line.length);
      WireReader reader = new WireReader(parser, false, LIMITS, warnings::add);
      Object value = reader.start().read(type);
      reader.end();
      return value;
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0x20 || b == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return bytes.length;
  }

  private static byte[] mutate(List<byte[]> lines, long seed, int mutations) {
    SplittableRandom random = new SplittableRandom(seed);
    return Mutations.mutate(lines.get(random.nextInt(lines.size())), random, mutations, FRAGMENTS);
  }
}
