/**
 * Internals of the core module: argument checks, the exceptions Immutables throws for missing or
 * null attributes, and the dataset index. Not exported; subject to change without notice.
 */
package org.aldea.core.internal;
