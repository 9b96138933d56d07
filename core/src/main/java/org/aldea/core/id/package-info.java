/**
 * Typed identifiers: a {@link org.aldea.core.id.ChildId} is never a {@link org.aldea.core.id.FamilyId},
 * though both are plain strings on the wire. An id is 1–64 characters of {@code [A-Za-z0-9._-]},
 * starting with a letter or digit, and is unique across a whole dataset whatever its kind.
 */
package org.aldea.core.id;
