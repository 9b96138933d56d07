/**
 * The constraint validator of {@code org.aldea.core.rules.BusinessRules}, exported to Hibernate
 * Validator only and registered in {@code META-INF/services}. It runs the catalogue of {@link
 * org.aldea.validation.internal.EntityChecks}.
 */
package org.aldea.validation.internal.constraints;
