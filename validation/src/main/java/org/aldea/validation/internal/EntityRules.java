package org.aldea.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.aldea.core.id.EntityId;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;

/**
 * Checks the per-entity rules of a whole dataset: Hibernate Validator on every entity that has
 * constraints (locations have none), in document order. It shares nothing with {@link
 * DatasetRules}, so the two may run at the same time, each with its own collector.
 */
public final class EntityRules {
  private EntityRules() {}

  /** Checks every entity of the dataset, reporting to the collector. */
  public static void check(Dataset dataset, Validator validator, Collector issues) {
    check(DatasetRules.CENTRES, dataset.socialCentres(), SocialCentre::id, validator, issues);
    check(DatasetRules.PROGRAMMES, dataset.programmes(), FamilyStrengtheningProgramme::id, validator, issues);
    check(DatasetRules.VILLAGES, dataset.villages(), ChildrensVillage::id, validator, issues);
    check(DatasetRules.FAMILIES, dataset.families(), SosFamily::id, validator, issues);
    check(DatasetRules.CHILDREN, dataset.children(), Child::id, validator, issues);
    check(DatasetRules.OUTCOMES, dataset.outcomes(), Outcome::id, validator, issues);
  }

  private static <T> void check(int kind, List<T> entities, Function<T, EntityId> id, Validator validator,
      Collector issues) {
    for (int i = 0; i < entities.size(); i++) {
      T entity = entities.get(i);
      Set<ConstraintViolation<T>> violations = validator.validate(entity);
      if (!violations.isEmpty()) {
        // The pointer is built only for an entity with issues.
        issues.addAll(kind, i, DatasetRules.pointer(kind, i), id.apply(entity).value(), violations);
      }
    }
  }
}
