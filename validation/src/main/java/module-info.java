/**
 * Aldea's business rules (tier 2): the rule catalogue of the exchange format on Hibernate Validator,
 * with policies, reports, localised messages (English, Spanish, Norwegian Bokmål) and streaming
 * validation of large child streams.
 */
module org.aldea.validation {
  requires transitive org.aldea.core;
  requires transitive org.aldea.json;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires tools.jackson.core;

  exports org.aldea.validation;
  // Hibernate Validator instantiates the constraint validators reflectively.
  exports org.aldea.validation.internal.constraints to org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      org.aldea.validation.internal.constraints.NotBornInFutureValidator,
      org.aldea.validation.internal.constraints.CareNotBeforeBirthValidator,
      org.aldea.validation.internal.constraints.NotTooOldForCareValidator,
      org.aldea.validation.internal.constraints.ChildDatesNotInFutureValidator,
      org.aldea.validation.internal.constraints.OutcomeDatesNotInFutureValidator,
      org.aldea.validation.internal.constraints.CentreDatesNotInFutureValidator,
      org.aldea.validation.internal.constraints.ProgrammeDatesNotInFutureValidator,
      org.aldea.validation.internal.constraints.VillageDatesNotInFutureValidator,
      org.aldea.validation.internal.constraints.FamilyDatesNotInFutureValidator,
      org.aldea.validation.internal.constraints.ConsistentPercentValidator,
      org.aldea.validation.internal.constraints.KnownIndicatorValidator;
}
