package org.aldea.core.model;

import java.util.Optional;
import org.aldea.core.InvalidValueException;
import org.aldea.core.value.Count;
import org.immutables.value.Value;

/**
 * How many children and families a programme reached: "928 children from 822 families". At least
 * one of the two is given.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reach {
  Reach() {}

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of children reached, if reported} */
  public abstract Optional<Count> children();

  /** {@return the number of families reached, if reported} */
  public abstract Optional<Count> families();

  @Value.Check
  void check() {
    if (children().isEmpty() && families().isEmpty()) {
      throw new InvalidValueException("children", "or families is required");
    }
  }

  /** Builds a {@link Reach}; {@code build()} checks the tier-1 rules. */
  public static final class Builder extends ImmutableReach.Builder {
    Builder() {}
  }
}
