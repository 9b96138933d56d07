/**
 * Fixtures ({@link org.aldea.testkit.PeruFixtures}) and generators
 * ({@link org.aldea.testkit.AldeaGenerators}) for tests of code that uses Aldea.
 */
package org.aldea.testkit;
