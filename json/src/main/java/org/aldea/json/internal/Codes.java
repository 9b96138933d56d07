package org.aldea.json.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.aldea.core.value.Count;

/**
 * The wire codes of the model's enums: the constant's name in lower case ({@code DAY_CARE} is
 * {@code day_care}), computed once per enum type.
 */
public final class Codes {
  /** The codes of one enum type, by ordinal and by code, and its constants in code order. */
  static final class Vocabulary {
    final Class<?> type;
    final Enum<?>[] constants;
    final String[] codes;
    /** The codes' bytes, by ordinal, for a reader of bytes: codes are ASCII. */
    final byte[][] bytes;
    final Enum<?>[] inCodeOrder;

    Vocabulary(Class<?> type) {
      this.type = type;
      constants = (Enum<?>[]) type.getEnumConstants();
      codes = new String[constants.length];
      bytes = new byte[constants.length][];
      for (Enum<?> constant : constants) {
        codes[constant.ordinal()] = constant.name().toLowerCase(Locale.ROOT);
        bytes[constant.ordinal()] = codes[constant.ordinal()].getBytes(StandardCharsets.US_ASCII);
      }
      inCodeOrder = constants.clone();
      Arrays.sort(inCodeOrder, Comparator.comparing(constant -> codes[constant.ordinal()]));
    }
  }

  private static final ClassValue<Vocabulary> VOCABULARIES = new ClassValue<>() {
    @Override
    protected Vocabulary computeValue(Class<?> type) {
      return new Vocabulary(type);
    }
  };

  /** The key of a qualified count for each qualifier, by ordinal; none for an exact count. */
  private static final String[] COUNT_KEYS = countKeys();
  /** The qualifiers of qualified counts, and their keys' bytes, in the same order, for a reader of bytes. */
  static final Count.Qualifier[] QUALIFIERS = Arrays.stream(Count.Qualifier.values())
      .filter(qualifier -> COUNT_KEYS[qualifier.ordinal()] != null).toArray(Count.Qualifier[]::new);
  static final byte[][] QUALIFIER_KEYS = Arrays.stream(QUALIFIERS)
      .map(qualifier -> COUNT_KEYS[qualifier.ordinal()].getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

  private Codes() {}

  /** Returns the vocabulary of an enum type, to look its constants up without finding it again. */
  static Vocabulary vocabulary(Class<? extends Enum<?>> type) {
    return VOCABULARIES.get(type);
  }

  /** Returns the constant of a vocabulary with the code, or null if there is none. */
  static Enum<?> constant(Vocabulary vocabulary, String code) {
    for (int ordinal = 0; ordinal < vocabulary.codes.length; ordinal++) {
      if (vocabulary.codes[ordinal].equals(code)) {
        return vocabulary.constants[ordinal];
      }
    }
    return null;
  }

  /** Returns the wire code of a constant. */
  public static String code(Enum<?> constant) {
    return VOCABULARIES.get(constant.getDeclaringClass()).codes[constant.ordinal()];
  }

  /**
   * Returns the constant with the code, or null if there is none. A linear search: the vocabularies
   * are small, and comparing strings of different lengths costs nothing, where hashing a freshly
   * read string does.
   */
  public static <E extends Enum<E>> E constant(Class<E> type, String code) {
    return type.cast(constant(VOCABULARIES.get(type), code));
  }

  /**
   * Returns the key of a qualified count with a qualifier: its constant's code in lower camel case
   * ({@code UP_TO} is {@code upTo}). An exact count has none: it is a number.
   */
  static String countKey(Count.Qualifier qualifier) {
    String key = COUNT_KEYS[qualifier.ordinal()];
    if (key == null) {
      throw new IllegalArgumentException("an exact count is a number");
    }
    return key;
  }

  /** Returns the qualifier of a qualified count's key, or null if it is none. */
  static Count.Qualifier countQualifier(String key) {
    for (Count.Qualifier qualifier : Count.Qualifier.values()) {
      if (key.equals(COUNT_KEYS[qualifier.ordinal()])) {
        return qualifier;
      }
    }
    return null;
  }

  private static String[] countKeys() {
    String[] keys = new String[Count.Qualifier.values().length];
    for (Count.Qualifier qualifier : Count.Qualifier.values()) {
      if (qualifier != Count.Qualifier.EXACTLY) {
        String[] words = code(qualifier).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int w = 1; w < words.length; w++) {
          key.append(Character.toUpperCase(words[w].charAt(0))).append(words[w], 1, words[w].length());
        }
        keys[qualifier.ordinal()] = key.toString();
      }
    }
    return keys;
  }

  /** Returns the constants of an enum type sorted by their code: the order of sets on the wire. */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E>> E[] inCodeOrder(Class<E> type) {
    return (E[]) VOCABULARIES.get(type).inCodeOrder;
  }

  /** Returns how messages name one constant of an enum: its simple name in lower case, words apart. */
  public static String noun(Class<? extends Enum<?>> type) {
    return type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }
}
