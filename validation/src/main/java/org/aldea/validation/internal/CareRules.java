package org.aldea.validation.internal;

import java.util.List;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.SosFamily;
import org.aldea.validation.Rule;

/**
 * The rules on what a child's care names, written once for documents ({@link DatasetRules}) and
 * streams ({@link ChildStreamRules}): the family or programme exists ({@code reference.unknown}),
 * and the child's age suits the programme's target ages ({@code programme.child_outside_target_age}).
 */
final class CareRules {
  /** Where the entities a care situation names are found. */
  interface Context {
    /**
     * Returns the family with an id, or null.
     *
     * @param id the id
     * @return the family
     */
    SosFamily family(FamilyId id);

    /**
     * Returns the programme with an id, or null.
     *
     * @param id the id
     * @return the programme
     */
    FamilyStrengtheningProgramme programme(ProgrammeId id);
  }

  private CareRules() {}

  /**
   * Checks what a child's care names.
   *
   * @param child the child
   * @param ordinal its index among the children
   * @param context where the family or programme is found
   * @param issues receives the issues
   * @return the family the child lives in, if its care names one that exists; otherwise null
   */
  static SosFamily check(Child child, long ordinal, Context context, Collector issues) {
    CareSituation care = child.care();
    if (care instanceof CareSituation.SosFamilyCare sos) {
      SosFamily family = context.family(sos.family());
      if (family == null) {
        unknown(child, ordinal, "/care/family", sos.family(), "family", issues);
      }
      return family;
    }
    if (care instanceof CareSituation.FamilyOfOriginCare origin) {
      FamilyStrengtheningProgramme programme = context.programme(origin.programme());
      if (programme == null) {
        unknown(child, ordinal, "/care/programme", origin.programme(), "programme", issues);
      } else if (issues.checks(Rule.PROGRAMME_CHILD_OUTSIDE_TARGET_AGE)) {
        EntityChecks.outsideTargetAge(child, programme).ifPresent(finding -> issues.add(DatasetRules.CHILDREN,
            ordinal, DatasetRules.pointer(DatasetRules.CHILDREN, ordinal), child.id().value(), finding));
      }
    }
    // The other situations name nothing.
    return null;
  }

  private static void unknown(Child child, long ordinal, String suffix, EntityId id, String kind, Collector issues) {
    issues.add(DatasetRules.CHILDREN, ordinal, Rule.REFERENCE_UNKNOWN,
        DatasetRules.pointer(DatasetRules.CHILDREN, ordinal) + suffix, child.id().value(),
        List.of(id.value(), issues.kindName(kind)));
  }
}
