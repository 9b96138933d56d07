package org.aldea.core.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.aldea.core.InvalidValueException;
import org.aldea.core.internal.Checks;
import org.aldea.core.value.Code;
import org.aldea.core.value.Count;
import org.aldea.core.value.Percent;
import org.immutables.value.Value;

/**
 * A context figure about a location, such as its poverty rate ({@code poverty_rate}: 42%) or the
 * number of households in extreme poverty (about 10,000). It has a count, a percent or both.
 *
 * <p>Kinds are an open catalogue; the seeds use {@code poverty_rate},
 * {@code households_in_extreme_poverty}, {@code children_out_of_school_rate},
 * {@code women_reporting_partner_violence_rate} and {@code children_who_lost_a_parent}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return what the figure measures} */
  public abstract Code kind();

  /** {@return the year the figure refers to (1 to 9999), if reported} */
  public abstract OptionalInt year();

  /** {@return the figure as a count, if reported} */
  public abstract Optional<Count> count();

  /** {@return the figure as a percent, if reported} */
  public abstract Optional<Percent> percent();

  /** {@return a free-text note, if any} */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (count().isEmpty() && percent().isEmpty()) {
      throw new InvalidValueException("count", "or percent is required");
    }
    if (year().isPresent()) {
      Checks.inRange("year", year().getAsInt(), 1, 9999);
    }
    note().ifPresent(note -> Checks.text("note", note, Checks.MAX_NOTE_LENGTH));
  }

  /** Builds an {@link Indicator}; {@code build()} checks the tier-1 rules. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
