/** Runnable examples; each class has a {@code main} method and explains itself in its javadoc. */
package org.aldea.examples;
