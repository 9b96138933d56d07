package org.aldea.core.internal;

import org.aldea.core.InvalidValueException;

/**
 * Thrown by generated builders when null is passed for an attribute, or inside a collection
 * attribute. Immutables passes the attribute name (or a short description) as the message.
 */
public final class NullAttributeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an attribute given null.
   *
   * @param attribute the name of the attribute, as Immutables reports it
   */
  public NullAttributeException(String attribute) {
    super(attribute == null ? "?" : attribute, "must not be null");
  }
}
