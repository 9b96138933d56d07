package org.aldea.core.value;

import static org.aldea.core.InvalidValueAssertions.assertRefused;
import static org.aldea.core.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.OptionalLong;
import org.aldea.core.value.Count.Qualifier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CountTest {
  private static final Gen<Count> COUNTS =
      arbitrary().enumValues(Qualifier.class).zip(longs().between(0, Count.MAX_VALUE), Count::of);

  private static final Gen<Long> NUMBERS = longs().between(0, Count.MAX_VALUE + 1);

  @Test
  void phrasesCountsAsReportsDo() {
    assertThat(Count.exactly(6)).hasToString("6");
    assertThat(Count.about(520)).hasToString("about 520");
    assertThat(Count.upTo(120)).hasToString("up to 120");
    assertThat(Count.atLeast(3)).hasToString("at least 3");
    assertThat(Count.moreThan(500)).hasToString("more than 500");
  }

  @Test
  void refusesNegativeCounts() {
    assertRefused("count", () -> Count.exactly(-1));
  }

  @Test
  void refusesCountsBeyondWhatJsonNumbersHoldExactly() {
    assertThat(Count.exactly(Count.MAX_VALUE).value()).isEqualTo(9_007_199_254_740_991L);
    assertRefused("count", () -> Count.about(Count.MAX_VALUE + 1));
  }

  @Test
  void boundsFollowTheQualifier() {
    assertThat(Count.exactly(6).lowerBound()).isEqualTo(6);
    assertThat(Count.exactly(6).upperBound()).isEqualTo(OptionalLong.of(6));
    assertThat(Count.upTo(120).lowerBound()).isZero();
    assertThat(Count.upTo(120).upperBound()).isEqualTo(OptionalLong.of(120));
    assertThat(Count.moreThan(500).lowerBound()).isEqualTo(501);
    assertThat(Count.moreThan(500).upperBound()).isEmpty();
    assertThat(Count.atLeast(3).lowerBound()).isEqualTo(3);
    assertThat(Count.about(520).lowerBound()).isZero();
    assertThat(Count.about(520).upperBound()).isEmpty();
  }

  @Test
  void anExactCountAdmitsOnlyItsValue() {
    theory().forAll(longs().between(0, Count.MAX_VALUE), NUMBERS)
        .check((value, number) -> Count.exactly(value).admits(number) == (number.longValue() == value));
  }

  @Test
  void aCountAdmitsExactlyTheNumbersWithinItsBounds() {
    theory().forAll(COUNTS, NUMBERS)
        .check((count, number) -> count.admits(number)
            == (number >= count.lowerBound() && count.upperBound().orElse(Long.MAX_VALUE) >= number));
  }

  @Test
  void everyCountButMoreThanAdmitsItsOwnValue() {
    theory().forAll(COUNTS)
        .check(count -> count.admits(count.value()) == (count.qualifier() != Qualifier.MORE_THAN));
  }

  @Test
  void onlyAnExactCountPinsItsNumberDown() {
    theory().forAll(COUNTS)
        .check(count -> count.isExact()
            == (count.value() > 0 && count.upperBound().orElse(-1) == count.lowerBound()
                || count.value() == 0 && count.qualifier() == Qualifier.EXACTLY));
  }

  @Test
  void equalityIsByValueAndQualifier() {
    theory().forAll(COUNTS, COUNTS)
        .check((a, b) -> a.equals(b) == (a.value() == b.value() && a.qualifier() == b.qualifier())
            && (!a.equals(b) || a.hashCode() == b.hashCode()));
  }

  @Test
  void noCountAdmitsANegativeNumber() {
    theory().forAll(COUNTS, longs().between(Long.MIN_VALUE, -1)).check((count, number) -> !count.admits(number));
  }
}
