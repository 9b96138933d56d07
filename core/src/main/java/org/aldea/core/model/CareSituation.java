package org.aldea.core.model;

import org.aldea.core.InvalidValueException;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.value.PartialDate;

/**
 * Where and how a child is cared for now: one of five situations. A child in any situation but
 * {@link LeftCare} is <em>in care</em>.
 *
 * <ul>
 *   <li>{@link SosFamilyCare}: living in an SOS family;
 *   <li>{@link FamilyOfOriginCare}: living with the biological family, supported by a programme;
 *   <li>{@link KinshipCare}: living with relatives;
 *   <li>{@link YouthFollowUp}: a young person followed up, not living in programme facilities;
 *   <li>{@link LeftCare}: no longer in care, and why.
 * </ul>
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface CareSituation
    permits CareSituation.SosFamilyCare,
        CareSituation.FamilyOfOriginCare,
        CareSituation.KinshipCare,
        CareSituation.YouthFollowUp,
        CareSituation.LeftCare {

  /**
   * Returns the date this situation began: {@code since}, or {@code on} for {@link LeftCare}.
   *
   * @return the date
   */
  PartialDate date();

  /**
   * Returns whether the child is in care, which is every situation but {@link LeftCare}.
   *
   * @return whether the child is in care
   */
  default boolean isInCare() {
    return !(this instanceof LeftCare);
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "is required");
    }
    return value;
  }

  /**
   * Living in an SOS family.
   *
   * @param family the family
   * @param since when the child joined it
   */
  record SosFamilyCare(FamilyId family, PartialDate since) implements CareSituation {
    /**
     * Checks that both components are present.
     *
     * @param family the family
     * @param since when the child joined it
     */
    public SosFamilyCare {
      required("family", family);
      required("since", since);
    }

    @Override
    public PartialDate date() {
      return since;
    }
  }

  /**
   * Living with the biological family, supported by a family strengthening programme.
   *
   * @param programme the programme supporting the family
   * @param since when the support began
   */
  record FamilyOfOriginCare(ProgrammeId programme, PartialDate since) implements CareSituation {
    /**
     * Checks that both components are present.
     *
     * @param programme the programme supporting the family
     * @param since when the support began
     */
    public FamilyOfOriginCare {
      required("programme", programme);
      required("since", since);
    }

    @Override
    public PartialDate date() {
      return since;
    }
  }

  /**
   * Living with relatives rather than in alternative care.
   *
   * @param relation who the relatives are
   * @param since when the child went to live with them
   */
  record KinshipCare(Relation relation, PartialDate since) implements CareSituation {
    /** Who cares for a child in kinship care. */
    public enum Relation {
      /** A grandparent. */
      GRANDPARENT,
      /** An aunt or uncle. */
      AUNT_OR_UNCLE,
      /** An adult sibling. */
      SIBLING,
      /** Another relative. */
      OTHER_RELATIVE
    }

    /**
     * Checks that both components are present.
     *
     * @param relation who the relatives are
     * @param since when the child went to live with them
     */
    public KinshipCare {
      required("relation", relation);
      required("since", since);
    }

    @Override
    public PartialDate date() {
      return since;
    }
  }

  /**
   * A young person followed up by the programme, not living in its facilities.
   *
   * @param since when the follow-up began
   */
  record YouthFollowUp(PartialDate since) implements CareSituation {
    /**
     * Checks that the date is present.
     *
     * @param since when the follow-up began
     */
    public YouthFollowUp {
      required("since", since);
    }

    @Override
    public PartialDate date() {
      return since;
    }
  }

  /**
   * No longer in care.
   *
   * @param on when the child left care
   * @param reason why
   */
  record LeftCare(PartialDate on, Reason reason) implements CareSituation {
    /** Why a child left care. */
    public enum Reason {
      /** Started an independent life. */
      INDEPENDENT_LIFE,
      /** Went back to live with the biological family. */
      REINTEGRATED_WITH_FAMILY,
      /** Was adopted. */
      ADOPTED,
      /** Was transferred elsewhere. */
      TRANSFERRED,
      /** Any other reason. */
      OTHER
    }

    /**
     * Checks that both components are present.
     *
     * @param on when the child left care
     * @param reason why
     */
    public LeftCare {
      required("on", on);
      required("reason", reason);
    }

    @Override
    public PartialDate date() {
      return on;
    }
  }
}
