/**
 * Bean Validation constraints for the per-entity business rules (tier 2) of the model. They sit on
 * the entity types; their validators live in the {@code org.aldea.validation} module, which
 * registers them through {@code META-INF/services/jakarta.validation.ConstraintValidator}. Without
 * that module on the path, the annotations are inert.
 *
 * <p>Each violation carries its rule code (for example {@code child.born_in_future}) as Hibernate
 * Validator's dynamic payload. Dates are compared with the validator's {@code ClockProvider}.
 */
package org.aldea.core.rules;
