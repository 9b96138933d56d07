package org.aldea.core.id;

import static org.aldea.core.InvalidValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import static org.aldea.core.Theories.theory;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aldea.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
  /** Strings over the id alphabet and a few characters outside it, of lengths around the limits. */
  static final Gen<String> CANDIDATES = lists().of(Generate.pick(List.of('a', 'Z', '0', '9', '.', '_', '-', ' ', 'é', '/', '０')))
      .ofSizeBetween(0, 66).map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));

  @Test
  void anIdIsAcceptedExactlyWhenItMatchesThePublishedPattern() {
    theory().forAll(CANDIDATES).check(value -> accepted(value) == EntityId.PATTERN.matcher(value).matches());
  }

  private static boolean accepted(String value) {
    try {
      ChildId.of(value);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /** An id equals an id of the same type and value only, and hashes as its value, as a record's would. */
  @Test
  void idsAreEqualByTypeAndValue() {
    List<Function<String, EntityId>> types = List.of(ChildId::of, FamilyId::of, LocationId::of,
        CentreId::of, ProgrammeId::of, VillageId::of, OutcomeId::of);
    for (Function<String, EntityId> type : types) {
      EntityId id = type.apply("c-1");
      assertThat(id).isEqualTo(type.apply("c-1")).hasSameHashCodeAs("c-1").isNotEqualTo(type.apply("c-2"))
          .isNotEqualTo("c-1").isNotEqualTo(null);
      types.stream().filter(other -> other != type).forEach(other -> assertThat(id).isNotEqualTo(other.apply("c-1")));
    }
  }

  /** Each character around the ASCII letters, digits and punctuation, alone, first and after a letter. */
  @Test
  void everyCharacterIsJudgedAsThePublishedPatternJudgesIt() {
    for (char c = 0; c < 0x180; c++) {
      for (String value : List.of(String.valueOf(c), c + "a", "a" + c)) {
        assertThat(accepted(value)).as("U+%04X in %s", (int) c, value.length() == 1 ? "an id alone" : "an id of two")
            .isEqualTo(EntityId.PATTERN.matcher(value).matches());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "c-001", "Juliaca.F12", "x_y-z.1", "A234567890123456789012345678901234567890123456789012345678901234"})
  void acceptsWellFormedIds(String value) {
    assertThat(ChildId.of(value).value()).isEqualTo(value);
    assertThat(ChildId.of(value)).hasToString(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", ".a", "_a", "a b", "María", "a/b", "A2345678901234567890123456789012345678901234567890123456789012345"})
  void refusesMalformedIdsWithoutEchoingThem(String value) {
    var refused = assertRefused("id", () -> FamilyId.of(value));
    if (!value.isEmpty()) {
      assertThat(refused.getMessage()).doesNotContain(value);
    }
  }

  @Test
  void refusesNull() {
    assertRefused("id", () -> new VillageId(null));
  }

  @Test
  void idsOfDifferentKindsAreNeverEqual() {
    assertThat((Object) ChildId.of("x1")).isNotEqualTo(FamilyId.of("x1"));
    assertThat(ChildId.of("x1")).isEqualTo(ChildId.of("x1"));
  }

  @Test
  void idsSortByValue() {
    assertThat(ChildId.of("b")).isGreaterThan(ChildId.of("a"));
  }
}
