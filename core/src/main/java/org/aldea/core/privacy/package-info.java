/**
 * Privacy tools for data about children: the {@link org.aldea.core.privacy.Anonymiser}, which
 * turns a dataset into one fit for export.
 */
package org.aldea.core.privacy;
