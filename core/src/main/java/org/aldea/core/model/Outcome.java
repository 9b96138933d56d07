package org.aldea.core.model;

import java.util.Optional;
import org.aldea.core.id.OutcomeId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.internal.Checks;
import org.aldea.core.rules.BusinessRules;
import org.aldea.core.rules.BusinessWarnings;
import org.aldea.core.rules.Severity;
import org.aldea.core.value.Code;
import org.aldea.core.value.PartialDate;
import org.immutables.value.Value;

/**
 * A reported result: what was achieved ({@linkplain #indicator() indicator}), by which programme,
 * centre, village or location ({@linkplain #subject() subject}), over which period, and how much
 * ({@linkplain #measure() measure}). "In 2017, 6 youth of Callao started an independent life."
 *
 * <p>Indicators are an open catalogue; {@link StandardIndicator} lists the standard ones.
 *
 * <p>This class is immutable and thread-safe.
 */
@BusinessRules(payload = Severity.Error.class)
@BusinessWarnings(payload = Severity.Warning.class)
@Value.Immutable
public abstract class Outcome {
  Outcome() {}

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the outcome's id} */
  public abstract OutcomeId id();

  /**
   * Returns what the outcome is about: a location, a centre, a programme or a village. The kind of
   * id decides the exchange format's key ({@code location}, {@code centre}, {@code programme},
   * {@code village}).
   *
   * @return the subject's id
   */
  public abstract OutcomeSubject subject();

  /** {@return what was measured, for example {@code children_assisted}} */
  public abstract Code indicator();

  /** {@return the period the figure covers, usually a year} */
  public abstract PartialDate period();

  /** {@return the figure} */
  public abstract Measure measure();

  /** {@return a free-text note, if any} */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(note -> Checks.text("note", note, Checks.MAX_NOTE_LENGTH));
  }

  /** Builds an {@link Outcome}; {@code build()} checks the tier-1 rules. */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}
