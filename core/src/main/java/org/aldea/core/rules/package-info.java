/**
 * The Bean Validation constraints of the model's per-entity business rules (tier 2): {@link
 * org.aldea.core.rules.BusinessRules} for the errors, {@link org.aldea.core.rules.BusinessWarnings}
 * for the warnings, told apart by their {@link org.aldea.core.rules.Severity} payload. They sit on
 * the entity types; their validators live in the {@code org.aldea.validation} module, which
 * registers them through {@code META-INF/services/jakarta.validation.ConstraintValidator}. Without
 * that module on the path, the annotations are inert.
 *
 * <p>Each violation carries its rule as Hibernate Validator's dynamic payload. Dates are compared
 * with the validator's {@code ClockProvider}.
 */
package org.aldea.core.rules;
