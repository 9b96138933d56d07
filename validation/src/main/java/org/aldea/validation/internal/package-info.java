/**
 * Internals of the validation module: the per-entity checks shared by the constraint validators,
 * the cross-entity checks, messages and the report writer. Not exported.
 */
package org.aldea.validation.internal;
