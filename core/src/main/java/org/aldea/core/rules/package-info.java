/**
 * The Bean Validation constraint of the model's per-entity business rules (tier 2), {@link
 * org.aldea.core.rules.BusinessRules}. It sits on the entity types; its validator lives in the
 * {@code org.aldea.validation} module, which registers it through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}. Without that module on the path, the
 * annotation is inert.
 *
 * <p>Each violation carries its rule as Hibernate Validator's dynamic payload. Dates are compared
 * with the validator's {@code ClockProvider}.
 */
package org.aldea.core.rules;
