/**
 * The constraint validators of {@code org.aldea.core.rules.BusinessRules} (the errors) and {@code
 * BusinessWarnings} (the warnings), exported to Hibernate Validator only and registered in {@code
 * META-INF/services}. They run the catalogue of {@link org.aldea.validation.internal.EntityChecks}.
 */
package org.aldea.validation.internal.constraints;
