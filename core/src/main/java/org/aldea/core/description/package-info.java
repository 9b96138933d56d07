/**
 * The description of the model: every kind of entity and, for each, its properties with their wire
 * names, value types, presence and data-protection class. It is the one place these facts are
 * stated; the JSON codec, the JSON Schema, the anonymiser and the test generators derive from it,
 * and tests walk it to check what cannot derive.
 *
 * <p>Start at {@link org.aldea.core.description.Model}.
 */
package org.aldea.core.description;
