package org.aldea.validation;

import java.util.Locale;

/** How serious an issue is: errors make a dataset invalid, warnings do not. */
public enum Severity {
  /** The data breaks a rule and is invalid. */
  ERROR,
  /** The data is undesirable but valid. */
  WARNING;

  /** {@return the wire form: {@code error} or {@code warning}} */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
