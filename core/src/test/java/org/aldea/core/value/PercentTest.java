package org.aldea.core.value;

import static org.aldea.core.InvalidValueAssertions.assertRefused;
import static org.aldea.core.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class PercentTest {
  @Test
  void trailingZerosCarryNoMeaning() {
    assertThat(Percent.parse("8.50")).isEqualTo(Percent.parse("8.5"));
    assertThat(Percent.parse("8.50").decimals()).isEqualTo(1);
    assertThat(Percent.of(100)).hasToString("100");
    assertThat(Percent.of(100).decimals()).isZero();
    assertThat(Percent.parse("100.00")).hasToString("100");
    assertThat(Percent.of(new BigDecimal("1E+1"))).hasToString("10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "100.01", "101", "8.511", "1e2", "abc", "", "NaN"})
  void refusesWhatIsNotAPercent(String text) {
    assertRefused("percent", () -> Percent.parse(text));
  }

  @Test
  void refusesMoreThanTwoDecimals() {
    assertRefused("percent", () -> Percent.of(new BigDecimal("8.511")));
    assertRefused("percent", () -> Percent.of(new BigDecimal("-0.01")));
  }

  @Test
  void checksRoundingToTheDecimalsGiven() {
    // Cuzco: 79 of 928 children is 8.5129...%.
    assertThat(Percent.of(9).isRoundingOf(79, 928)).isTrue();
    assertThat(Percent.parse("8.5").isRoundingOf(79, 928)).isTrue();
    assertThat(Percent.parse("8.51").isRoundingOf(79, 928)).isTrue();
    assertThat(Percent.parse("8.52").isRoundingOf(79, 928)).isFalse();
    assertThat(Percent.of(20).isRoundingOf(79, 928)).isFalse();
    // At an exact half either direction is consistent: 1 of 8 is 12.5%.
    assertThat(Percent.of(12).isRoundingOf(1, 8)).isTrue();
    assertThat(Percent.of(13).isRoundingOf(1, 8)).isTrue();
    assertThat(Percent.of(14).isRoundingOf(1, 8)).isFalse();
    assertThat(Percent.of(100).isRoundingOf(928, 928)).isTrue();
  }

  @Test
  void refusesSharesThatAreNotShares() {
    assertThatIllegalArgumentException().isThrownBy(() -> Percent.of(1).isRoundingOf(1, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> Percent.of(1).isRoundingOf(3, 2));
  }

  @Test
  void roundingAgreesWithAnIndependentOracle() {
    Gen<long[]> shares = longs().between(1, 100_000)
        .flatMap(whole -> longs().between(0, whole).map(part -> new long[] {part, whole}));
    theory()
        .forAll(shares, integers().between(0, 2), integers().between(-3, 3))
        .check((share, decimals, nudge) -> {
          long part = share[0];
          long whole = share[1];
          BigDecimal exact = BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 20, RoundingMode.HALF_EVEN);
          BigDecimal up = exact.setScale(decimals, RoundingMode.HALF_UP);
          BigDecimal down = exact.setScale(decimals, RoundingMode.HALF_DOWN);
          BigDecimal reported = up.add(BigDecimal.ONE.movePointLeft(decimals).multiply(BigDecimal.valueOf(nudge)));
          if (reported.signum() < 0 || reported.compareTo(BigDecimal.valueOf(100)) > 0) {
            return true;
          }
          Percent percent = Percent.of(reported);
          // A reported value with fewer decimals than asked (12.50 -> 12.5) is judged at its own precision.
          BigDecimal atItsPrecision = exact.setScale(percent.decimals(), RoundingMode.HALF_UP);
          BigDecimal atItsPrecisionDown = exact.setScale(percent.decimals(), RoundingMode.HALF_DOWN);
          boolean expected = percent.value().compareTo(atItsPrecision) == 0
              || percent.value().compareTo(atItsPrecisionDown) == 0;
          return percent.isRoundingOf(part, whole) == expected
              && (nudge != 0 || Percent.of(down).isRoundingOf(part, whole));
        });
  }
}
