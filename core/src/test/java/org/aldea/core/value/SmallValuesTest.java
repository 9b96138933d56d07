package org.aldea.core.value;

import static org.aldea.core.InvalidValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import static org.aldea.core.Theories.theory;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.aldea.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SmallValuesTest {
  @Test
  void codesAreEqualByValueAndHashAsIt() {
    assertThat(Code.of("unicef")).isEqualTo(Code.of("unicef")).hasSameHashCodeAs("unicef")
        .isNotEqualTo(Code.of("unhcr")).isNotEqualTo("unicef").isNotEqualTo(null);
  }

  @Test
  void coordinatesAreDegreesOnTheGlobe() {
    assertThat(Coordinates.of(-15.5, -70.13).latitude()).isEqualTo(-15.5);
    assertRefused("lat", () -> Coordinates.of(200, 0));
    assertRefused("lat", () -> Coordinates.of(Double.NaN, 0));
    assertRefused("lon", () -> Coordinates.of(0, -180.5));
    assertRefused("lon", () -> Coordinates.of(0, Double.POSITIVE_INFINITY));
  }

  @Test
  void negativeZeroIsTheSamePlaceAsZero() {
    assertThat(Coordinates.of(-0.0, -0.0)).isEqualTo(Coordinates.of(0.0, 0.0));
  }

  @Test
  void ageRangesIncludeMinAndExcludeUnder() {
    AgeRange underFive = AgeRange.of(0, 5);
    assertThat(underFive.contains(0)).isTrue();
    assertThat(underFive.contains(4)).isTrue();
    assertThat(underFive.contains(5)).isFalse();
    assertThat(underFive.contains(-1)).isFalse();
  }

  @Test
  void ageRangesAreNeverEmptyOrNegative() {
    assertRefused("under", () -> AgeRange.of(5, 5));
    assertRefused("under", () -> AgeRange.of(5, 151));
    assertRefused("min", () -> AgeRange.of(-1, 5));
  }

  @Test
  void aCodeIsAcceptedExactlyWhenItMatchesThePublishedPattern() {
    Gen<String> candidates = lists().of(Generate.pick(List.of('a', 'z', '0', '_', 'A', '-', ' ')))
        .ofSizeBetween(0, 66).map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    theory().forAll(candidates).check(value -> {
      boolean accepted;
      try {
        Code.of(value);
        accepted = true;
      } catch (InvalidValueException e) {
        accepted = false;
      }
      return accepted == Code.PATTERN.matcher(value).matches();
    });
  }

  @Test
  void codesAreLowerSnakeCase() {
    assertThat(Code.of("poverty_rate").value()).isEqualTo("poverty_rate");
    assertRefused("code", () -> Code.of("PovertyRate"));
    assertRefused("code", () -> Code.of("1st"));
    assertRefused("code", () -> Code.of(""));
    assertRefused("code", () -> Code.of("a".repeat(65)));
    assertRefused("code", () -> new Code(null));
  }
}
