package org.aldea.core.id;

import java.util.regex.Pattern;
import org.aldea.core.InvalidValueException;

/**
 * The identifier of an entity. Each kind of entity has its own id type, so that one kind of id can
 * never be passed where another is expected; {@link #value()} gives the string used on the wire.
 *
 * <p>Ids of every kind share one namespace: two entities of a dataset never share a value.
 *
 * <p>An id equals an id of the same type and value, and its hash is its value's. Each type writes
 * these out: a record's generated {@code equals} and {@code hashCode} call through method handles,
 * which the client compiler (the {@code aldea} command's) does not inline.
 */
public sealed interface EntityId permits ChildId, FamilyId, OutcomeId, OutcomeSubject {
  /** The pattern every id value matches: 1–64 characters, starting with a letter or digit. */
  Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /**
   * Returns the id as written on the wire.
   *
   * @return the id value, matching {@link #PATTERN}
   */
  String value();

  /**
   * Checks an id value; used by every id type's constructor.
   *
   * @param value the candidate value
   * @return the value
   * @throws InvalidValueException naming the field {@code id} if the value is null or malformed;
   *     the message does not repeat the value
   */
  static String requireValid(String value) {
    if (value == null) {
      throw new InvalidValueException("id", "is required");
    }
    if (!IdSyntax.matches(value)) {
      throw new InvalidValueException(
          "id", "must be 1 to 64 characters of [A-Za-z0-9._-], starting with a letter or digit");
    }
    return value;
  }
}
