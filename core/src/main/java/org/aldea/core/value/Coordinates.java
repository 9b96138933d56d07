package org.aldea.core.value;

import org.aldea.core.InvalidValueException;

/**
 * A point on the earth in decimal degrees (WGS 84), for example Juliaca at {@code -15.5, -70.13}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param latitude −90 to 90, south negative (wire name {@code lat})
 * @param longitude −180 to 180, west negative (wire name {@code lon})
 */
public record Coordinates(double latitude, double longitude) {
  /**
   * Creates the coordinates.
   *
   * @param latitude −90 to 90, south negative (wire name {@code lat})
   * @param longitude −180 to 180, west negative (wire name {@code lon})
   * @throws InvalidValueException naming {@code lat} or {@code lon} if a value is out of range or
   *     not finite
   */
  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new InvalidValueException("lat", "must be between -90 and 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new InvalidValueException("lon", "must be between -180 and 180");
    }
    // One value per point: -0.0 and 0.0 are the same place, and the same on the wire.
    latitude += 0.0;
    longitude += 0.0;
  }

  /**
   * Returns the coordinates of a point.
   *
   * @param latitude −90 to 90
   * @param longitude −180 to 180
   * @return the coordinates
   */
  public static Coordinates of(double latitude, double longitude) {
    return new Coordinates(latitude, longitude);
  }
}
