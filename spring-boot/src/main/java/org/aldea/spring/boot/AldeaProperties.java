package org.aldea.spring.boot;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code aldea.*} settings of the starter. Every one has a default: an application needs none
 * of them.
 */
@ConfigurationProperties("aldea")
public class AldeaProperties {
  private final Json json = new Json();
  private final Validation validation = new Validation();

  /** Creates the settings with their defaults; Spring Boot binds them. */
  public AldeaProperties() {}

  /** {@return how JSON is read: {@code aldea.json.*}} */
  public Json getJson() {
    return json;
  }

  /** {@return how data is validated: {@code aldea.validation.*}} */
  public Validation getValidation() {
    return validation;
  }

  /** How JSON is read: {@code aldea.json.*}. */
  public static class Json {
    /** Whether a body with a property this version of the format does not know is refused (400). */
    private boolean strict;
    /** Whether Boot's JSON mapper reads every body with Aldea's input limits. */
    private boolean limits = true;

    /** Creates the defaults. */
    public Json() {}

    /**
     * Returns whether unknown properties are refused ({@code aldea.json.strict}).
     *
     * @return true to answer a body with a property this version does not know with 400; false
     *     (the default) to ignore it, and tell a controller that reads a {@code Decoded} body
     */
    public boolean isStrict() {
      return strict;
    }

    /**
     * Sets whether unknown properties are refused.
     *
     * @param strict true to refuse them
     */
    public void setStrict(boolean strict) {
      this.strict = strict;
    }

    /**
     * Returns whether Boot's JSON mapper reads with Aldea's input limits ({@code
     * aldea.json.limits}): nesting, string, number and name lengths, document size, duplicate
     * properties, trailing content (see {@code AldeaJson.withLimits}).
     *
     * @return true (the default) to apply them to every body the application reads
     */
    public boolean isLimits() {
      return limits;
    }

    /**
     * Sets whether Boot's JSON mapper reads with Aldea's input limits.
     *
     * @param limits false to leave Boot's mapper as Boot makes it
     */
    public void setLimits(boolean limits) {
      this.limits = limits;
    }
  }

  /** How data is validated: {@code aldea.validation.*}. */
  public static class Validation {
    /** The reference date of validation: today, a date such as 2018-06-19, or parameter. */
    private String referenceDate = "today";
    /** The request parameter that carries the reference date when it is parameter. */
    private String referenceDateParameter = "asOf";
    /** Whether a broken rule whose severity is warning rejects a @Valid body. */
    private boolean warningsReject;
    /** The language of the rules' messages when a request asks for none Aldea speaks (en, es, nb). */
    private Locale defaultLanguage = Locale.forLanguageTag("en");

    /** Creates the defaults. */
    public Validation() {}

    /**
     * Returns the reference date of validation, the "today" dates are compared with ({@code
     * aldea.validation.reference-date}).
     *
     * @return {@code today} (the default: the system clock's date), a date such as {@code
     *     2018-06-19} (fixed), or {@code parameter} (the request parameter named by {@link
     *     #getReferenceDateParameter()}, today when a request has none)
     */
    public String getReferenceDate() {
      return referenceDate;
    }

    /**
     * Sets the reference date of validation.
     *
     * @param referenceDate {@code today}, a date in ISO form, or {@code parameter}
     */
    public void setReferenceDate(String referenceDate) {
      this.referenceDate = referenceDate;
    }

    /**
     * Returns the request parameter that carries the reference date when {@link
     * #getReferenceDate()} is {@code parameter} ({@code aldea.validation.reference-date-parameter}).
     *
     * @return the parameter's name; {@code asOf} by default
     */
    public String getReferenceDateParameter() {
      return referenceDateParameter;
    }

    /**
     * Sets the request parameter that carries the reference date.
     *
     * @param referenceDateParameter the parameter's name
     */
    public void setReferenceDateParameter(String referenceDateParameter) {
      this.referenceDateParameter = referenceDateParameter;
    }

    /**
     * Returns whether a broken rule whose severity is warning rejects a {@code @Valid} body ({@code
     * aldea.validation.warnings-reject}).
     *
     * @return false (the default): warnings do not make a body invalid, as in {@code
     *     AldeaValidator}'s reports
     */
    public boolean isWarningsReject() {
      return warningsReject;
    }

    /**
     * Sets whether warnings reject a {@code @Valid} body.
     *
     * @param warningsReject true to reject a body with warnings too
     */
    public void setWarningsReject(boolean warningsReject) {
      this.warningsReject = warningsReject;
    }

    /**
     * Returns the language of messages for a request that names none Aldea speaks ({@code
     * aldea.validation.default-language}); a request's {@code Accept-Language} chooses among
     * English, Spanish ({@code es}) and Norwegian Bokmål ({@code nb}, also for {@code no}).
     *
     * @return the language; English by default
     */
    public Locale getDefaultLanguage() {
      return defaultLanguage;
    }

    /**
     * Sets the language of messages for a request that names none Aldea speaks.
     *
     * @param defaultLanguage the language
     */
    public void setDefaultLanguage(Locale defaultLanguage) {
      this.defaultLanguage = defaultLanguage;
    }
  }
}
