package org.aldea.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.id.VillageId;

/**
 * The lookups of a {@link Dataset}, built in one pass over its lists. Where ids are duplicated (a
 * state that validation reports), the first entity with the id is the one found.
 */
final class DatasetIndex {
  private final Map<String, Object> byId;
  private final Map<FamilyId, List<Child>> childrenByFamily = new HashMap<>();
  private final Map<VillageId, List<SosFamily>> familiesByVillage = new HashMap<>();
  private final Map<CentreId, List<FamilyStrengtheningProgramme>> programmesByCentre = new HashMap<>();
  private final Map<OutcomeSubject, List<Outcome>> outcomesBySubject = new HashMap<>();

  DatasetIndex(Dataset dataset) {
    int entities = dataset.locations().size() + dataset.socialCentres().size() + dataset.programmes().size()
        + dataset.villages().size() + dataset.families().size() + dataset.children().size()
        + dataset.outcomes().size();
    // Sized once: growing a large map rehashes every id again, a cost that grows faster than the data.
    byId = new HashMap<>(entities * 4 / 3 + 16);
    dataset.locations().forEach(location -> put(location.id().value(), location));
    dataset.socialCentres().forEach(centre -> put(centre.id().value(), centre));
    for (FamilyStrengtheningProgramme programme : dataset.programmes()) {
      put(programme.id().value(), programme);
      programme.centre().ifPresent(centre -> add(programmesByCentre, centre, programme));
    }
    dataset.villages().forEach(village -> put(village.id().value(), village));
    for (SosFamily family : dataset.families()) {
      put(family.id().value(), family);
      add(familiesByVillage, family.village(), family);
    }
    for (Child child : dataset.children()) {
      put(child.id().value(), child);
      if (child.care() instanceof CareSituation.SosFamilyCare) {
        add(childrenByFamily, ((CareSituation.SosFamilyCare) child.care()).family(), child);
      }
    }
    for (Outcome outcome : dataset.outcomes()) {
      put(outcome.id().value(), outcome);
      add(outcomesBySubject, outcome.subject(), outcome);
    }
    freeze(childrenByFamily);
    freeze(familiesByVillage);
    freeze(programmesByCentre);
    freeze(outcomesBySubject);
  }

  /** Keeps the first entity with an id. */
  private void put(String id, Object entity) {
    byId.putIfAbsent(id, entity);
  }

  /** Makes every list unmodifiable once, without copying it, so that lookups can hand them out as they are. */
  private static <K, V> void freeze(Map<K, List<V>> map) {
    map.replaceAll((key, list) -> Collections.unmodifiableList(list));
  }

  private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  <T> T find(String id, Class<T> kind) {
    Object entity = byId.get(id);
    return kind.isInstance(entity) ? kind.cast(entity) : null;
  }

  List<Child> childrenOf(FamilyId family) {
    return childrenByFamily.getOrDefault(family, List.of());
  }

  int occupancy(FamilyId family) {
    return childrenByFamily.getOrDefault(family, List.of()).size();
  }

  List<SosFamily> familiesOf(VillageId village) {
    return familiesByVillage.getOrDefault(village, List.of());
  }

  List<FamilyStrengtheningProgramme> programmesOf(CentreId centre) {
    return programmesByCentre.getOrDefault(centre, List.of());
  }

  List<Outcome> outcomesOf(OutcomeSubject subject) {
    return outcomesBySubject.getOrDefault(subject, List.of());
  }
}
