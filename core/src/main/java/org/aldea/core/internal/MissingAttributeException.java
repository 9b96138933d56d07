package org.aldea.core.internal;

import org.aldea.core.InvalidValueException;

/**
 * Thrown by generated builders when required attributes were never set. Immutables calls the
 * {@code String...} constructor with the names of the missing attributes.
 */
public final class MissingAttributeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the missing attributes.
   *
   * @param missingAttributes the names of the attributes that were never set
   */
  public MissingAttributeException(String... missingAttributes) {
    super(missingAttributes.length == 0 ? "?" : missingAttributes[0], "is required");
  }
}
