package org.aldea.core.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.aldea.core.InvalidValueException;
import org.aldea.core.id.LocationId;
import org.aldea.core.internal.Checks;
import org.aldea.core.internal.Countries;
import org.aldea.core.value.Coordinates;
import org.aldea.core.value.Count;
import org.immutables.value.Value;

/**
 * A town or city where SOS Children's Villages works, with the context figures reports give about
 * it (population, altitude, distance to the capital, poverty and other {@linkplain Indicator
 * indicators}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Location {
  /** The lowest altitude accepted, in metres (the shore of the Dead Sea is about −430 m). */
  public static final int MIN_ALTITUDE_METRES = -500;

  /** The highest altitude accepted, in metres (Everest is about 8,849 m). */
  public static final int MAX_ALTITUDE_METRES = 9000;

  Location() {}

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the location's id} */
  public abstract LocationId id();

  /** {@return the location's name, for example {@code Juliaca}} */
  public abstract String name();

  /**
   * Returns the country as an ISO 3166-1 alpha-2 code, for example {@code PE}.
   *
   * @return the upper-case two-letter code
   */
  public abstract String country();

  /**
   * Returns the first-level administrative division, for example {@code Puno}.
   *
   * @return the region
   */
  public abstract String region();

  /** {@return the population, if reported ("about 300,000")} */
  public abstract Optional<Count> population();

  /** {@return the altitude above sea level in metres, if reported} */
  public abstract OptionalInt altitudeMetres();

  /** {@return the distance to the capital in kilometres, if reported} */
  public abstract Optional<Count> distanceToCapitalKm();

  /** {@return where the location lies, if known} */
  public abstract Optional<Coordinates> coordinates();

  /** {@return the context figures reported about the location, in report order} */
  public abstract List<Indicator> indicators();

  @Value.Check
  void check() {
    Checks.text("name", name(), Checks.MAX_NAME_LENGTH);
    if (!Countries.isCode(country())) {
      throw new InvalidValueException("country", "must be an ISO 3166-1 alpha-2 code or XK");
    }
    Checks.text("region", region(), Checks.MAX_NAME_LENGTH);
    if (altitudeMetres().isPresent()) {
      Checks.inRange("altitudeMetres", altitudeMetres().getAsInt(), MIN_ALTITUDE_METRES, MAX_ALTITUDE_METRES);
    }
  }

  /** Builds a {@link Location}; {@code build()} checks the tier-1 rules. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
