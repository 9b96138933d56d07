/**
 * Small value types of the model, each checking its input once, on the way in:
 * {@link org.aldea.core.value.Count} (a reported number and how it was qualified),
 * {@link org.aldea.core.value.PartialDate} (a year, a month or a day),
 * {@link org.aldea.core.value.Percent}, {@link org.aldea.core.value.Coordinates},
 * {@link org.aldea.core.value.AgeRange} and {@link org.aldea.core.value.Code}.
 */
package org.aldea.core.value;
