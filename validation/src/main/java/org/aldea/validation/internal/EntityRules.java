package org.aldea.validation.internal;

import java.util.List;
import java.util.function.Predicate;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;

/**
 * Checks the per-entity rules: the catalogue of {@link EntityChecks} on every entity of a dataset,
 * in document order, or on one entity as {@link DatasetRules} or {@link ChildStreamRules} reads it.
 * It shares nothing with {@link DatasetRules}, so the two may run at the same time, each with its
 * own collector.
 */
public final class EntityRules {
  private EntityRules() {}

  /**
   * Checks every entity of the kinds chosen, reporting to the collector.
   *
   * @param dataset the dataset
   * @param kinds which kinds to check
   * @param issues receives the issues
   */
  public static void check(Dataset dataset, Predicate<EntityKind<?>> kinds, Collector issues) {
    List<EntityKind<?>> all = EntityKind.values();
    for (int kind = 0; kind < all.size(); kind++) {
      if (kinds.test(all.get(kind))) {
        check(kind, all.get(kind), dataset, issues);
      }
    }
  }

  private static <T> void check(int position, EntityKind<T> kind, Dataset dataset, Collector issues) {
    List<T> entities = kind.in(dataset);
    for (int i = 0; i < entities.size(); i++) {
      check(position, kind, i, entities.get(i), issues);
    }
  }

  /**
   * Checks one entity.
   *
   * @param position its kind's position among the kinds
   * @param kind its kind
   * @param index its index in its kind's list
   * @param entity the entity
   * @param issues receives the issues
   */
  static <T> void check(int position, EntityKind<T> kind, long index, T entity, Collector issues) {
    List<Finding> findings = EntityChecks.check(entity, issues.policy());
    if (!findings.isEmpty()) {
      // The pointer is built only for an entity with issues.
      String pointer = DatasetRules.pointer(position, index);
      String id = kind.idOf(entity).value();
      for (Finding finding : findings) {
        issues.add(position, index, pointer, id, finding);
      }
    }
  }
}
