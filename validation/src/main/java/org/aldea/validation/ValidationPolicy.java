package org.aldea.validation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aldea.core.rules.Severity;
import org.aldea.validation.internal.Messages;

/**
 * How to validate: the reference date ({@code asOf}, always given: there is no hidden "now"), the
 * oldest age in care (25 by default), severity overrides, rules switched off, and the language of
 * messages (English by default; Spanish {@code es} and Norwegian Bokmål {@code nb} too).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationPolicy {
  /** The oldest age in care unless a policy says otherwise. */
  public static final int DEFAULT_MAX_AGE_IN_CARE = 25;
  /** The default most issues of one rule a report lists for one entity. */
  public static final int DEFAULT_MAX_ISSUES_PER_RULE_AND_ENTITY = 100;

  private final LocalDate asOf;
  private final int maxAgeInCare;
  private final Map<Rule, Severity> severities;
  private final Set<Rule> disabled;
  private final Locale locale;
  private final int maxIssuesPerRuleAndEntity;

  private ValidationPolicy(Builder builder) {
    this.asOf = builder.asOf;
    this.maxAgeInCare = builder.maxAgeInCare;
    this.severities = Map.copyOf(builder.severities);
    this.disabled = builder.disabled.isEmpty() ? Set.of() : Set.copyOf(builder.disabled);
    this.locale = builder.locale;
    this.maxIssuesPerRuleAndEntity = builder.maxIssuesPerRuleAndEntity;
  }

  private ValidationPolicy(ValidationPolicy policy, LocalDate asOf, Locale locale) {
    this.asOf = asOf;
    this.maxAgeInCare = policy.maxAgeInCare;
    this.severities = policy.severities;
    this.disabled = policy.disabled;
    this.locale = locale;
    this.maxIssuesPerRuleAndEntity = policy.maxIssuesPerRuleAndEntity;
  }

  /** {@return this policy with another reference date} */
  ValidationPolicy withAsOf(LocalDate date) {
    return date.equals(asOf) ? this : new ValidationPolicy(this, date, locale);
  }

  /** {@return this policy with another language of messages} */
  ValidationPolicy withLocale(Locale language) {
    return language.equals(locale) ? this : new ValidationPolicy(this, asOf, language);
  }

  /**
   * Returns the default policy for a reference date.
   *
   * @param asOf the reference date: dates after it are in the future
   * @return the policy
   */
  public static ValidationPolicy asOf(LocalDate asOf) {
    return builder(asOf).build();
  }

  /**
   * Returns a builder for a reference date.
   *
   * @param asOf the reference date
   * @return a new builder
   */
  public static Builder builder(LocalDate asOf) {
    return new Builder(asOf);
  }

  /** {@return the reference date} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the oldest age in care, in whole years} */
  public int maxAgeInCare() {
    return maxAgeInCare;
  }

  /**
   * Returns the severity of a rule under this policy.
   *
   * @param rule the rule
   * @return the overridden severity, or the rule's default
   */
  public Severity severity(Rule rule) {
    return severities.getOrDefault(rule, rule.defaultSeverity());
  }

  /**
   * Returns whether a rule is checked under this policy.
   *
   * @param rule the rule
   * @return false if the rule was switched off
   */
  public boolean isEnabled(Rule rule) {
    return !disabled.contains(rule);
  }

  /** {@return the most issues of one rule a report lists for one entity} */
  public int maxIssuesPerRuleAndEntity() {
    return maxIssuesPerRuleAndEntity;
  }

  /** {@return the language of messages} */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns whether messages exist in a locale's language rather than falling back to English.
   *
   * @param locale the locale
   * @return whether its language has messages of its own (or is English)
   */
  public static boolean hasMessagesIn(Locale locale) {
    return !Messages.language(locale).equals("en") || locale.getLanguage().equals("en");
  }

  /** Builds a {@link ValidationPolicy}. */
  public static final class Builder {
    private final LocalDate asOf;
    private int maxAgeInCare = DEFAULT_MAX_AGE_IN_CARE;
    private final Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
    private final Set<Rule> disabled = EnumSet.noneOf(Rule.class);
    private Locale locale = Locale.ENGLISH;
    private int maxIssuesPerRuleAndEntity = DEFAULT_MAX_ISSUES_PER_RULE_AND_ENTITY;

    private Builder(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Sets the oldest age in care.
     *
     * @param years 0 to 150
     * @return this builder
     */
    public Builder maxAgeInCare(int years) {
      if (years < 0 || years > 150) {
        throw new IllegalArgumentException("maxAgeInCare must be between 0 and 150");
      }
      this.maxAgeInCare = years;
      return this;
    }

    /**
     * Overrides the severity of a rule.
     *
     * @param rule the rule
     * @param severity its severity under this policy
     * @return this builder
     */
    public Builder severity(Rule rule, Severity severity) {
      severities.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder disable(Rule rule) {
      disabled.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets the language of messages: English, Spanish ({@code es}) or Norwegian Bokmål
     * ({@code nb}, also for {@code no}), or any language {@link #hasMessagesIn} says; any other
     * language gets English.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the most issues of one rule a report lists for one entity (a child with a million
     * unknown siblings, say); the others are counted in {@link ValidationReport#omittedCount()}.
     * A streaming validation passes every issue on.
     *
     * @param count at least 1; {@value ValidationPolicy#DEFAULT_MAX_ISSUES_PER_RULE_AND_ENTITY} by
     *     default
     * @return this builder
     */
    public Builder maxIssuesPerRuleAndEntity(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("maxIssuesPerRuleAndEntity must be at least 1");
      }
      this.maxIssuesPerRuleAndEntity = count;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public ValidationPolicy build() {
      return new ValidationPolicy(this);
    }
  }
}
