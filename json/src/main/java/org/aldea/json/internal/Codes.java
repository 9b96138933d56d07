package org.aldea.json.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The wire codes of the model's enums: the constant's name in lower case ({@code DAY_CARE} is {@code day_care}). */
public final class Codes {
  private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      return Arrays.stream(type.getEnumConstants()).map(constant -> (Enum<?>) constant)
          .collect(Collectors.toUnmodifiableMap(Codes::code, Function.identity()));
    }
  };

  /** Orders constants by their code, the order of sets on the wire. */
  public static final Comparator<Enum<?>> BY_CODE_ORDER = Comparator.comparing(Codes::code);

  private Codes() {}

  /** Returns the wire code of a constant. */
  public static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Returns the constant with the code, or null if there is none. */
  public static <E extends Enum<E>> E constant(Class<E> type, String code) {
    return type.cast(BY_CODE.get(type).get(code));
  }
}
