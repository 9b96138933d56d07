package org.aldea.spring.boot.internal;

/** A request's reference-date parameter is not a date; the message names the parameter, not its value. */
public final class InvalidReferenceDateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The parameter's name. */
  private final String parameter;

  InvalidReferenceDateException(String parameter) {
    super("the request parameter " + parameter + " is not a date such as 2018-06-19");
    this.parameter = parameter;
  }

  /** {@return the name of the request parameter} */
  public String parameter() {
    return parameter;
  }
}
