package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aldea.core.model.Child;
import org.aldea.core.model.Outcome;
import org.aldea.core.rules.Severity;
import org.aldea.core.value.Code;
import org.aldea.core.value.PartialDate;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plain jakarta.validation Validator, obtained the standard way as Spring or Quarkus would, finds
 * and applies Aldea's per-entity constraints when the validation jar is on the path (ENGINEERING.md
 * pitfall 4: a validator that silently finds nothing must be caught by a test with a known-bad object).
 */
class PlainValidatorTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void bootstrapTheStandardWay() {
    factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .clockProvider(() -> Clock.fixed(Base.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
        .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void findsTheViolationsOfAKnownBadChild() {
    Child bad = Child.builder().from(Base.CHILD_3).born(PartialDate.ofYear(2019)).build();
    Set<ConstraintViolation<Child>> violations = validator.validate(bad);
    assertThat(violations).extracting(PlainValidatorTest::code)
        .containsExactlyInAnyOrder("child.born_in_future", "child.date_before_birth");
    assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
        .containsExactlyInAnyOrder("born", "care.since");
    assertThat(violations).allSatisfy(violation -> assertThat(violation.getMessage()).doesNotContain("{"));
  }

  @Test
  void findsTheViolationsOfAKnownBadOutcome() {
    Outcome bad = Outcome.builder().from(Base.OUTCOME).indicator(Code.of("hugs")).period(PartialDate.ofYear(2030)).build();
    assertThat(validator.validate(bad)).extracting(PlainValidatorTest::code)
        .containsExactlyInAnyOrder("outcome.indicator_unknown", "date.in_future");
  }

  @Test
  void findsNothingOnGoodEntities() {
    assertThat(validator.validate(Base.CHILD_1)).isEmpty();
    assertThat(validator.validate(Base.OUTCOME)).isEmpty();
    assertThat(validator.validate(Base.CENTRE)).isEmpty();
  }

  @Test
  void eachViolationCarriesItsSeverityAsAPayloadSoACallerCanAcceptWarnings() {
    Outcome bad = Outcome.builder().from(Base.OUTCOME).indicator(Code.of("hugs")).period(PartialDate.ofYear(2030)).build();
    Map<String, Severity> severities = validator.validate(bad).stream()
        .collect(Collectors.toMap(PlainValidatorTest::code, violation -> Severity.of(violation).orElseThrow()));
    assertThat(severities).containsExactlyInAnyOrderEntriesOf(Map.of(
        "outcome.indicator_unknown", Severity.WARNING, "date.in_future", Severity.ERROR));
    assertThat(validator.validate(bad)).allSatisfy(violation -> assertThat(violation.getConstraintDescriptor()
        .getPayload()).containsExactly(Severity.of(violation).orElseThrow().payload()));
    assertThat(validator.validate(bad, Default.class)).hasSize(2);
  }

  @Test
  void theReferenceDateIsTheClockProvidersToday() {
    Child bornIn2019 = Child.builder().from(Base.CHILD_3).born(PartialDate.ofYear(2019)).build();
    try (ValidatorFactory later = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .clockProvider(() -> Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC))
        .buildValidatorFactory()) {
      assertThat(later.getValidator().validate(bornIn2019)).extracting(PlainValidatorTest::code)
          .containsExactly("child.date_before_birth");
    }
  }

  @Test
  void aldeasInterpolatorSaysTheRulesInTheLocaleItIsAskedFor() {
    MessageInterpolator aldea = new AldeaMessageInterpolator(new ParameterMessageInterpolator());
    Locale[] asked = {Locale.ENGLISH};
    // What Spring's LocaleContextMessageInterpolator does: the locale of the request in hand.
    MessageInterpolator perRequest = new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return aldea.interpolate(template, context, asked[0]);
      }

      @Override
      public String interpolate(String template, Context context, Locale locale) {
        return aldea.interpolate(template, context, locale);
      }
    };
    Child bad = Child.builder().from(Base.CHILD_3).born(PartialDate.ofYear(2019)).build();
    try (ValidatorFactory localised = Validation.byDefaultProvider().configure()
        .messageInterpolator(perRequest)
        .clockProvider(() -> Clock.fixed(Base.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
        .buildValidatorFactory()) {
      Validator localisedValidator = localised.getValidator();
      asked[0] = Locale.forLanguageTag("es-PE");
      Map<String, String> spanish = messages(localisedValidator.validate(bad));
      asked[0] = Locale.forLanguageTag("no");
      Map<String, String> norwegian = messages(localisedValidator.validate(bad));
      Map<String, String> english = messages(validator.validate(bad));
      for (String code : english.keySet()) {
        assertThat(spanish.get(code)).isNotEqualTo(english.get(code));
        assertThat(norwegian.get(code)).isNotEqualTo(english.get(code)).isNotEqualTo(spanish.get(code));
      }
      assertThat(spanish.get("child.born_in_future")).contains("2019").contains("2018-06-19");
      asked[0] = Locale.JAPANESE;
      assertThat(messages(localisedValidator.validate(bad))).isEqualTo(english);
      // Messages of other constraints are the wrapped interpolator's.
      MessageInterpolator.Context notHibernate = new MessageInterpolator.Context() {
        @Override
        public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
          return null;
        }

        @Override
        public Object getValidatedValue() {
          return null;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
          throw new jakarta.validation.ValidationException("not " + type);
        }
      };
      assertThat(aldea.interpolate("plain \\{x\\}", notHibernate, Locale.GERMAN)).isEqualTo("plain {x}");
    }
  }

  private static Map<String, String> messages(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().collect(Collectors.toMap(PlainValidatorTest::code, ConstraintViolation::getMessage));
  }

  private static String code(ConstraintViolation<?> violation) {
    HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    return hibernate.getDynamicPayload(Rule.class).code();
  }
}
