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
      org.aldea.validation.internal.constraints.BusinessRulesValidator,
      org.aldea.validation.internal.constraints.BusinessWarningsValidator;
}
