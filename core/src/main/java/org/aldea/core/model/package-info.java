/**
 * The entities of the model and the {@link org.aldea.core.model.Dataset} that holds them: locations,
 * social centres, family strengthening programmes, children's villages, SOS families, children
 * with their {@linkplain org.aldea.core.model.CareSituation care situation}, and reported outcomes.
 *
 * <p>Every entity is immutable and built with its nested {@code Builder}; a builder's {@code build()}
 * checks the tier-1 rules and throws {@link org.aldea.core.InvalidValueException} naming the field.
 * Tier-2 states (a family over its capacity, a dangling reference) can be built and are reported by
 * the validation module; the care operations of {@link org.aldea.core.model.Dataset} refuse to
 * create them.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    redactedMask = "<redacted>",
    defaults = @Value.Immutable(copy = false),
    // Default attributes here are independent constants, so the initialisation shim that orders
    // interdependent defaults (and costs a volatile write per object) is not needed.
    unsafeDefaultAndDerived = true,
    throwForInvalidImmutableState = MissingAttributeException.class,
    throwForNullPointer = NullAttributeException.class)
package org.aldea.core.model;

import org.aldea.core.internal.MissingAttributeException;
import org.aldea.core.internal.NullAttributeException;
import org.immutables.value.Value;
