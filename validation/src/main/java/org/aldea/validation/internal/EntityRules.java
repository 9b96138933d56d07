package org.aldea.validation.internal;

import java.util.List;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;

/**
 * Checks the per-entity rules of a whole dataset: the catalogue of {@link EntityChecks} on every
 * entity, in document order. It shares nothing with {@link DatasetRules}, so the two may run at the
 * same time, each with its own collector.
 */
public final class EntityRules {
  private EntityRules() {}

  /** Checks every entity of the dataset, reporting to the collector. */
  public static void check(Dataset dataset, Collector issues) {
    List<EntityKind<?>> kinds = EntityKind.values();
    for (int kind = 0; kind < kinds.size(); kind++) {
      check(kind, kinds.get(kind), dataset, issues);
    }
  }

  private static <T> void check(int position, EntityKind<T> kind, Dataset dataset, Collector issues) {
    List<T> entities = kind.in(dataset);
    for (int i = 0; i < entities.size(); i++) {
      T entity = entities.get(i);
      List<Finding> findings = EntityChecks.check(entity, issues.policy());
      if (!findings.isEmpty()) {
        // The pointer is built only for an entity with issues.
        String pointer = DatasetRules.pointer(position, i);
        String id = kind.idOf(entity).value();
        for (Finding finding : findings) {
          issues.add(position, i, pointer, id, finding);
        }
      }
    }
  }
}
