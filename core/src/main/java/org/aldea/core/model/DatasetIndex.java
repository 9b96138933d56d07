package org.aldea.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.id.VillageId;

/**
 * The lookups of a {@link Dataset}. Each is built on its first use, in one pass over one list, so
 * that a caller pays only for what it asks: validating a dataset looks families up by id, never
 * children. Where ids are duplicated (a state that validation reports), the first entity of the
 * kind with the id is the one found.
 *
 * <p>Two threads may build the same lookup at once; each builds an equal one, and either is kept.
 */
final class DatasetIndex {
  final Lazy<Map<String, Location>> locations;
  final Lazy<Map<String, SocialCentre>> centres;
  final Lazy<Map<String, FamilyStrengtheningProgramme>> programmes;
  final Lazy<Map<String, ChildrensVillage>> villages;
  final Lazy<Map<String, SosFamily>> families;
  final Lazy<Map<String, Child>> children;
  final Lazy<Map<String, Outcome>> outcomes;
  final Lazy<Map<FamilyId, List<Child>>> childrenByFamily;
  final Lazy<Map<VillageId, List<SosFamily>>> familiesByVillage;
  final Lazy<Map<CentreId, List<FamilyStrengtheningProgramme>>> programmesByCentre;
  final Lazy<Map<OutcomeSubject, List<Outcome>>> outcomesBySubject;

  DatasetIndex(Dataset dataset) {
    locations = new Lazy<>(() -> byId(dataset.locations(), Location::id));
    centres = new Lazy<>(() -> byId(dataset.socialCentres(), SocialCentre::id));
    programmes = new Lazy<>(() -> byId(dataset.programmes(), FamilyStrengtheningProgramme::id));
    villages = new Lazy<>(() -> byId(dataset.villages(), ChildrensVillage::id));
    families = new Lazy<>(() -> byId(dataset.families(), SosFamily::id));
    children = new Lazy<>(() -> byId(dataset.children(), Child::id));
    outcomes = new Lazy<>(() -> byId(dataset.outcomes(), Outcome::id));
    childrenByFamily = new Lazy<>(() -> group(dataset.children(),
        child -> child.care() instanceof CareSituation.SosFamilyCare sos ? sos.family() : null));
    familiesByVillage = new Lazy<>(() -> group(dataset.families(), SosFamily::village));
    programmesByCentre = new Lazy<>(() -> group(dataset.programmes(), programme -> programme.centre().orElse(null)));
    outcomesBySubject = new Lazy<>(() -> group(dataset.outcomes(), Outcome::subject));
  }

  /** A value made on first use. */
  static final class Lazy<V> {
    private final Supplier<V> make;
    private volatile V value;

    Lazy(Supplier<V> make) {
      this.make = make;
    }

    V get() {
      V made = value;
      if (made == null) {
        made = make.get();
        value = made;
      }
      return made;
    }
  }

  /** The first entity with each id. */
  private static <T> Map<String, T> byId(List<T> entities, Function<T, EntityId> id) {
    // Sized once: growing a large map rehashes every id again, a cost that grows faster than the data.
    Map<String, T> map = new HashMap<>(entities.size() * 4 / 3 + 16);
    for (T entity : entities) {
      map.putIfAbsent(id.apply(entity).value(), entity);
    }
    return map;
  }

  /** The entities by the key each names (none for a null key), each list unmodifiable. */
  private static <K, V> Map<K, List<V>> group(List<V> entities, Function<V, K> key) {
    Map<K, List<V>> map = new HashMap<>();
    for (V entity : entities) {
      K k = key.apply(entity);
      if (k != null) {
        map.computeIfAbsent(k, absent -> new ArrayList<>()).add(entity);
      }
    }
    // Made unmodifiable once, without copying, so that lookups can hand the lists out as they are.
    map.replaceAll((k, list) -> Collections.unmodifiableList(list));
    return map;
  }

  static <K, V> List<V> listed(Lazy<Map<K, List<V>>> lookup, K key) {
    return lookup.get().getOrDefault(key, List.of());
  }
}
