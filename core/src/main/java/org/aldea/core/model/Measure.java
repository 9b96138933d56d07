package org.aldea.core.model;

import java.util.Optional;
import java.util.OptionalLong;
import org.aldea.core.InvalidValueException;
import org.aldea.core.value.Count;
import org.aldea.core.value.Percent;
import org.immutables.value.Value;

/**
 * The figure of a reported {@link Outcome}: a count, a percent, or both, and for a share the total
 * it is out of ("79 children (9%) of 928"). At least one of count and percent is given; a total
 * requires an exact count that does not exceed it.
 *
 * <p>Whether a percent agrees with count and total is a business rule
 * ({@code outcome.percent_inconsistent}), reported by validation, not refused here: see
 * {@link Percent#isRoundingOf(long, long)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measure {
  Measure() {}

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a measure that is a count alone.
   *
   * @param count the count
   * @return the measure
   */
  public static Measure of(Count count) {
    return builder().count(count).build();
  }

  /**
   * Returns a measure that is a percent alone.
   *
   * @param percent the percent
   * @return the measure
   */
  public static Measure of(Percent percent) {
    return builder().percent(percent).build();
  }

  /** {@return the count, if reported} */
  public abstract Optional<Count> count();

  /** {@return the percent, if reported} */
  public abstract Optional<Percent> percent();

  /** {@return the total the count is a share of (at least 1), if reported} */
  public abstract OptionalLong outOf();

  @Value.Check
  void check() {
    if (count().isEmpty() && percent().isEmpty()) {
      throw new InvalidValueException("count", "or percent is required");
    }
    if (outOf().isPresent()) {
      long total = outOf().getAsLong();
      if (total < 1 || total > Count.MAX_VALUE) {
        throw new InvalidValueException("outOf", "must be between 1 and " + Count.MAX_VALUE);
      }
      Count count = count().orElseThrow(() -> new InvalidValueException("outOf", "requires a count"));
      if (!count.isExact()) {
        throw new InvalidValueException("count", "must be exact when outOf is given");
      }
      if (count.value() > total) {
        throw new InvalidValueException("count", "must not exceed outOf");
      }
    }
  }

  /** Builds a {@link Measure}; {@code build()} checks the tier-1 rules. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
