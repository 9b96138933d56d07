package org.aldea.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.id.VillageId;

/**
 * The lookups of a {@link Dataset}, built in one pass over its lists. Where ids are duplicated (a
 * state that validation reports), the first entity with the id is the one found.
 */
final class DatasetIndex {
  private final Map<String, Object> byId = new HashMap<>();
  private final Map<ChildId, Integer> childPositions = new HashMap<>();
  private final Map<FamilyId, List<Child>> childrenByFamily = new HashMap<>();
  private final Map<VillageId, List<SosFamily>> familiesByVillage = new HashMap<>();
  private final Map<CentreId, List<FamilyStrengtheningProgramme>> programmesByCentre = new HashMap<>();
  private final Map<OutcomeSubject, List<Outcome>> outcomesBySubject = new HashMap<>();

  DatasetIndex(Dataset dataset) {
    dataset.locations().forEach(location -> byId.putIfAbsent(location.id().value(), location));
    dataset.socialCentres().forEach(centre -> byId.putIfAbsent(centre.id().value(), centre));
    for (FamilyStrengtheningProgramme programme : dataset.programmes()) {
      byId.putIfAbsent(programme.id().value(), programme);
      programme.centre().ifPresent(centre -> add(programmesByCentre, centre, programme));
    }
    dataset.villages().forEach(village -> byId.putIfAbsent(village.id().value(), village));
    for (SosFamily family : dataset.families()) {
      byId.putIfAbsent(family.id().value(), family);
      add(familiesByVillage, family.village(), family);
    }
    List<Child> children = dataset.children();
    for (int i = 0; i < children.size(); i++) {
      Child child = children.get(i);
      byId.putIfAbsent(child.id().value(), child);
      childPositions.putIfAbsent(child.id(), i);
      if (child.care() instanceof CareSituation.SosFamilyCare) {
        add(childrenByFamily, ((CareSituation.SosFamilyCare) child.care()).family(), child);
      }
    }
    for (Outcome outcome : dataset.outcomes()) {
      byId.putIfAbsent(outcome.id().value(), outcome);
      add(outcomesBySubject, outcome.subject(), outcome);
    }
    freeze(childrenByFamily);
    freeze(familiesByVillage);
    freeze(programmesByCentre);
    freeze(outcomesBySubject);
  }

  /** Makes every list unmodifiable once, so that lookups can hand them out as they are. */
  private static <K, V> void freeze(Map<K, List<V>> map) {
    map.replaceAll((key, list) -> List.copyOf(list));
  }

  private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  <T> T find(String id, Class<T> kind) {
    Object entity = byId.get(id);
    return kind.isInstance(entity) ? kind.cast(entity) : null;
  }

  Integer childPosition(ChildId id) {
    return childPositions.get(id);
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
