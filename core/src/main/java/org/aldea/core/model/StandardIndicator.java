package org.aldea.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aldea.core.value.Code;

/**
 * The standard catalogue of outcome indicators. Other indicators are allowed in an {@link Outcome};
 * validation reports them with a warning.
 */
public enum StandardIndicator {
  /** Children assisted. */
  CHILDREN_ASSISTED,
  /** Families assisted. */
  FAMILIES_ASSISTED,
  /** Young people who started an independent life. */
  YOUTH_STARTED_INDEPENDENT_LIFE,
  /** Children reintegrated with their family. */
  CHILDREN_REINTEGRATED_WITH_FAMILY,
  /** Children reunited with their family. */
  CHILDREN_REUNITED_WITH_FAMILY,
  /** Children attending school. */
  CHILDREN_ATTENDING_SCHOOL,
  /** Children receiving adapted teaching. */
  CHILDREN_WITH_ADAPTED_TEACHING,
  /** Young people in employability workshops. */
  YOUTH_IN_EMPLOYABILITY_WORKSHOPS,
  /** Participants who completed the programme. */
  PARTICIPANTS_COMPLETED_PROGRAMME,
  /** Children who started primary school. */
  CHILDREN_STARTED_PRIMARY_SCHOOL,
  /** Children in a mentoring programme. */
  CHILDREN_IN_MENTORING,
  /** People served each day. */
  PEOPLE_SERVED_DAILY;

  private static final Map<Code, StandardIndicator> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(StandardIndicator::code, Function.identity()));

  private final Code code = Code.of(name().toLowerCase(Locale.ROOT));

  /**
   * Returns the indicator's code, for example {@code children_assisted}.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }

  /**
   * Returns the standard indicator with the given code, if there is one.
   *
   * @param code an indicator code
   * @return the standard indicator, or empty for a code outside the catalogue
   */
  public static Optional<StandardIndicator> of(Code code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
