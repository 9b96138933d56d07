/**
 * The constraint validators of the annotations in {@code org.aldea.core.rules}, exported to
 * Hibernate Validator only and registered in {@code META-INF/services}. Each delegates to
 * {@link org.aldea.validation.internal.EntityChecks}.
 */
package org.aldea.validation.internal.constraints;
