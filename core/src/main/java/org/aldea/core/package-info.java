/**
 * What is shared by the whole model: {@link org.aldea.core.InvalidValueException}, thrown whenever a
 * value that would be meaningless (a tier-1 rule) is about to be constructed.
 */
package org.aldea.core;
