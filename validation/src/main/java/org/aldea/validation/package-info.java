/**
 * Validation of Aldea data against the business rules: {@link org.aldea.validation.AldeaValidator}
 * checks a whole {@link org.aldea.core.model.Dataset} (or a stream of children) under a
 * {@link org.aldea.validation.ValidationPolicy} and returns a
 * {@link org.aldea.validation.ValidationReport} of every {@link org.aldea.validation.Issue} at
 * once; it never throws for a broken rule. The rules and their codes are listed by
 * {@link org.aldea.validation.Rule}.
 */
package org.aldea.validation;
