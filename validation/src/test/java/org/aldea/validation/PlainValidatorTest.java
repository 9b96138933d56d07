package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.aldea.core.model.Child;
import org.aldea.core.model.Outcome;
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

  private static String code(ConstraintViolation<?> violation) {
    HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    return hibernate.getDynamicPayload(Rule.class).code();
  }
}
