package org.aldea.json.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.Coordinates;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;
import tools.jackson.core.JsonToken;

/**
 * Reads the exchange format's values that are not objects of the model: counts, percentages,
 * dates, codes, ids, coordinates, age ranges, tallies and sets, with the parser on the value's first
 * token.
 */
final class ValueReader {
  private final Cursor cursor;

  ValueReader(Cursor cursor) {
    this.cursor = cursor;
  }

  Count count() {
    JsonToken token = cursor.parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      long value = cursor.integer(Long.MIN_VALUE, Long.MAX_VALUE);
      return cursor.value(value, Count::exactly);
    }
    if (token != JsonToken.START_OBJECT) {
      throw cursor.failure(cursor.pointer(),
          "must be an integer or an object with one of about, upTo, atLeast, moreThan");
    }
    Cursor.Obj object = cursor.begin("a count");
    Count count = null;
    while (object.next()) {
      Count.Qualifier qualifier = Codes.countQualifier(object.name);
      if (qualifier == null) {
        throw cursor.failure(cursor.pointer(), "a qualified count has one of about, upTo, atLeast, moreThan");
      }
      if (count != null) {
        throw cursor.failure(cursor.pointer(), "a qualified count has exactly one key");
      }
      long value = cursor.integer(Long.MIN_VALUE, Long.MAX_VALUE);
      count = cursor.value(value, v -> Count.of(qualifier, v));
    }
    if (count == null) {
      throw object.missing("a qualified count has one of about, upTo, atLeast, moreThan");
    }
    return count;
  }

  Percent percent() {
    JsonToken token = cursor.parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw cursor.failure(cursor.pointer(), "must be a number");
    }
    return cursor.value(cursor.decimal("must be between 0 and 100"), Percent::of);
  }

  Coordinates coordinates() {
    Cursor.Obj object = cursor.begin("coordinates");
    Double latitude = null;
    Double longitude = null;
    while (object.next()) {
      if (object.name.equals("lat")) {
        latitude = cursor.number();
      } else if (object.name.equals("lon")) {
        longitude = cursor.number();
      } else {
        object.unknown();
      }
    }
    double lat = require(object, "lat", latitude);
    double lon = require(object, "lon", longitude);
    return object.build(() -> Coordinates.of(lat, lon));
  }

  AgeRange ageRange() {
    Cursor.Obj object = cursor.begin("an age range");
    Integer min = null;
    Integer under = null;
    while (object.next()) {
      if (object.name.equals("min")) {
        min = cursor.integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
      } else if (object.name.equals("under")) {
        under = cursor.integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
      } else {
        object.unknown();
      }
    }
    int from = require(object, "min", min);
    int to = require(object, "under", under);
    return object.build(() -> AgeRange.of(from, to));
  }

  private static <T> T require(Cursor.Obj object, String property, T value) {
    if (value == null) {
      throw object.missing(property + " is required");
    }
    return value;
  }

  PartialDate date() {
    return cursor.value(cursor.string(), PartialDate::parse);
  }

  <T> T converted(Function<String, T> convert) {
    return cursor.value(cursor.string(), convert);
  }

  Enum<?> choice(Codes.Vocabulary vocabulary) {
    Enum<?> constant = Codes.constant(vocabulary, cursor.string());
    if (constant == null) {
      throw cursor.failure(cursor.pointer(), "unknown value");
    }
    return constant;
  }

  private <E extends Enum<E>> E choice(Class<E> type, Codes.Vocabulary vocabulary) {
    return type.cast(choice(vocabulary));
  }

  /**
   * Reads an object of numbers keyed by the codes of an enum.
   *
   * @param wireName the property's name, which names the keys in the plural
   */
  <E extends Enum<E>> Map<E, Integer> tally(Class<E> keys, String wireName) {
    Cursor.Obj object = cursor.begin("an object of " + wireName);
    Map<E, Integer> tally = new EnumMap<>(keys);
    while (object.next()) {
      E key = Codes.constant(keys, object.name);
      if (key == null) {
        throw cursor.failure(cursor.pointer(), "unknown " + Codes.noun(keys));
      }
      tally.put(key, cursor.integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    return tally;
  }

  <E extends Enum<E>> Set<E> choiceSet(Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    Codes.Vocabulary vocabulary = Codes.vocabulary(type);
    cursor.array(() -> {
      if (!values.add(choice(type, vocabulary))) {
        throw cursor.failure(cursor.pointer(), "duplicate value in a set");
      }
    });
    return values;
  }

  /** Reads a set of values other than codes, in the order given. */
  <T> List<T> distinct(java.util.function.Supplier<T> element) {
    Distinct<T> values = new Distinct<>();
    cursor.array(() -> {
      if (!values.add(element.get())) {
        throw cursor.failure(cursor.pointer(), "duplicate value in a set");
      }
    });
    return values.list;
  }

  /**
   * The distinct values of a set property, in the order given. A set on the wire is mostly a few
   * ids (a child's siblings): they are compared one by one, and hashed only once there are more
   * than {@value #SCANNED}, so that a long array cannot make the check quadratic.
   */
  private static final class Distinct<T> {
    private static final int SCANNED = 8;
    final List<T> list = new ArrayList<>(4);
    private Set<T> hashed;

    boolean add(T value) {
      if (hashed == null) {
        if (list.contains(value)) {
          return false;
        }
        if (list.size() == SCANNED) {
          hashed = new HashSet<>(list);
          hashed.add(value);
        }
      } else if (!hashed.add(value)) {
        return false;
      }
      list.add(value);
      return true;
    }
  }
}
