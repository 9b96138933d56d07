/**
 * Test support for teams that use Aldea: the canonical Peru fixtures ({@link
 * org.aldea.testkit.PeruFixtures}) built from the source reports, QuickTheories generators
 * ({@link org.aldea.testkit.AldeaGenerators}) of every value type, entity and of whole,
 * referentially consistent datasets, and the conformance corpus.
 *
 * <p>The jar is the automatic module {@code org.aldea.testkit} on the module path, and works the
 * same on the class path.
 */
package org.aldea.testkit;
