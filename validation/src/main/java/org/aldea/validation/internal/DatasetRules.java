package org.aldea.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.aldea.core.description.EntityKind;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.PartialDate;
import org.aldea.validation.Rule;

/**
 * Checks the rules across the entities of a whole dataset in linear time: duplicate ids are found
 * by one {@link HashJoin} of every id, references through the dataset's own lookups, and the
 * children's rules are {@link ChildRules}', the same as a stream's. No loop over entities is
 * nested in another. The per-entity rules are {@link EntityRules}'.
 */
public final class DatasetRules {
  /** The position of locations among the kinds of a document, for ordering issues. */
  public static final int LOCATIONS = position(EntityKind.LOCATIONS);
  /** The position of social centres. */
  public static final int CENTRES = position(EntityKind.SOCIAL_CENTRES);
  /** The position of programmes. */
  public static final int PROGRAMMES = position(EntityKind.PROGRAMMES);
  /** The position of villages. */
  public static final int VILLAGES = position(EntityKind.VILLAGES);
  /** The position of families. */
  public static final int FAMILIES = position(EntityKind.FAMILIES);
  /** The position of children. */
  public static final int CHILDREN = position(EntityKind.CHILDREN);
  /** The position of outcomes. */
  public static final int OUTCOMES = position(EntityKind.OUTCOMES);

  private static int position(EntityKind<?> kind) {
    return EntityKind.values().indexOf(kind);
  }

  /** Returns the JSON pointer of an entity: its kind's array, then its index. */
  static String pointer(int kind, long index) {
    return "/" + EntityKind.values().get(kind).wireName() + "/" + index;
  }

  /**
   * Where an entity is in the document: its kind's position and its index. Pointers are built from
   * it only when an issue is found, so that a clean entity costs no string.
   */
  private record Place(int kind, int index) {
    String pointer(String suffix) {
      return DatasetRules.pointer(kind, index) + suffix;
    }
  }

  private final Dataset dataset;
  private final Collector issues;
  /** Whether the per-entity rules are checked here too. */
  private final boolean perEntityRules;

  private DatasetRules(Dataset dataset, Collector issues, boolean perEntityRules) {
    this.dataset = dataset;
    this.issues = issues;
    this.perEntityRules = perEntityRules;
  }

  /**
   * Checks the cross-entity rules on the dataset, reporting to the collector.
   *
   * @param dataset the dataset
   * @param issues receives the issues
   * @param perEntityRules whether to check every entity's per-entity rules too ({@link
   *     EntityRules}), each child's as it is read: one thread that checks both kinds of rule then
   *     reads the largest list once (read twice, a large dataset's children would come from memory
   *     twice, not from the processor's cache)
   */
  public static void check(Dataset dataset, Collector issues, boolean perEntityRules) {
    new DatasetRules(dataset, issues, perEntityRules).run();
  }

  private void run() {
    if (perEntityRules) {
      EntityRules.check(dataset, kind -> kind != EntityKind.CHILDREN, issues);
    }
    Ids ids = new Ids();
    ChildRules children = new ChildRules(dataset, issues, dataset.children().size());
    // The largest list is read once: each child's id is taken as its rules are checked.
    List<Child> list = dataset.children();
    int first = ids.start[CHILDREN];
    for (int i = 0; i < list.size(); i++) {
      Child child = list.get(i);
      long hash = ids.add(first + i, child.id().value());
      children.accept(child, i, hash);
      if (perEntityRules) {
        EntityRules.check(CHILDREN, EntityKind.CHILDREN, i, child, issues);
      }
    }
    duplicates(ids, children);
    centres();
    programmes();
    villages();
    families();
    children.finish();
    outcomes();
  }

  /**
   * Every entity's id and its hash, in document order, and where each kind starts: read at once
   * but for the children's, which {@link #run()} adds.
   */
  private final class Ids {
    final int[] start = new int[EntityKind.values().size() + 1];
    final long[] hashes;
    final String[] values;

    Ids() {
      List<EntityKind<?>> kinds = EntityKind.values();
      for (int k = 0; k < kinds.size(); k++) {
        start[k + 1] = start[k] + kinds.get(k).in(dataset).size();
      }
      hashes = new long[start[kinds.size()]];
      values = new String[hashes.length];
      for (int k = 0; k < kinds.size(); k++) {
        if (k != CHILDREN) {
          read(kinds.get(k), start[k]);
        }
      }
    }

    private <T> void read(EntityKind<T> kind, int at) {
      for (T entity : kind.in(dataset)) {
        add(at++, kind.idOf(entity).value());
      }
    }

    /** Keeps the id of the entity at a place in document order; returns its hash. */
    long add(int at, String id) {
      values[at] = id;
      hashes[at] = IdHashes.hash(id);
      return hashes[at];
    }
  }

  /** Reports every entity whose id an entity before it in document order has. */
  private void duplicates(Ids ids, ChildRules children) {
    int count = ids.hashes.length;
    int[] first = HashJoin.firstMatches(ids.hashes, count, ids.hashes, count,
        (probe, build) -> probe == build || ids.values[probe].equals(ids.values[build]));
    for (int kind = 0; kind < ids.start.length - 1; kind++) {
      for (int at = ids.start[kind]; at < ids.start[kind + 1]; at++) {
        if (first[at] != at) {
          int index = at - ids.start[kind];
          String id = ids.values[at];
          children.duplicated(ids.hashes[at]);
          issues.add(kind, index, Rule.ID_DUPLICATE, pointer(kind, index) + "/id", id, List.of(id));
        }
      }
    }
  }

  /** Reports a reference that names no entity of the expected kind; returns the entity otherwise. */
  private <T> T reference(Place place, String suffix, String entity, EntityId id, Optional<T> found, String kindName) {
    if (found.isEmpty()) {
      issues.add(place.kind(), place.index(), Rule.REFERENCE_UNKNOWN, place.pointer(suffix), entity,
          List.of(id.value(), issues.kindName(kindName)));
    }
    return found.orElse(null);
  }

  private void add(Place place, String suffix, Rule rule, String entity, List<String> args) {
    issues.add(place.kind(), place.index(), rule, place.pointer(suffix), entity, args);
  }

  private void centres() {
    List<SocialCentre> centres = dataset.socialCentres();
    for (int i = 0; i < centres.size(); i++) {
      SocialCentre centre = centres.get(i);
      Place place = new Place(CENTRES, i);
      String id = centre.id().value();
      reference(place, "/location", id, centre.location(), dataset.location(centre.location()), "location");
      if (centre.village().isPresent()) {
        VillageId named = centre.village().get();
        ChildrensVillage village = reference(place, "/village", id, named, dataset.village(named), "village");
        if (village != null && !village.location().equals(centre.location())) {
          add(place, "/village", Rule.CENTRE_VILLAGE_ELSEWHERE, id,
              List.of(village.id().value(), village.location().value(), centre.location().value()));
        }
      }
    }
  }

  private void programmes() {
    List<FamilyStrengtheningProgramme> programmes = dataset.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      FamilyStrengtheningProgramme programme = programmes.get(i);
      Place place = new Place(PROGRAMMES, i);
      String id = programme.id().value();
      reference(place, "/location", id, programme.location(), dataset.location(programme.location()), "location");
      if (programme.centre().isPresent()) {
        CentreId centre = programme.centre().get();
        reference(place, "/centre", id, centre, dataset.centre(centre), "centre");
      }
    }
  }

  private void villages() {
    List<ChildrensVillage> villages = dataset.villages();
    for (int i = 0; i < villages.size(); i++) {
      ChildrensVillage village = villages.get(i);
      Place place = new Place(VILLAGES, i);
      reference(place, "/location", village.id().value(), village.location(), dataset.location(village.location()),
          "location");
    }
  }

  private void families() {
    List<SosFamily> families = dataset.families();
    for (int i = 0; i < families.size(); i++) {
      SosFamily family = families.get(i);
      Place place = new Place(FAMILIES, i);
      reference(place, "/village", family.id().value(), family.village(), dataset.village(family.village()), "village");
    }
  }

  /** Returns when a subject began, if it exists and says. */
  private static <T> PartialDate opened(T subject, Function<T, Optional<PartialDate>> date) {
    return subject == null ? null : date.apply(subject).orElse(null);
  }

  private void outcomes() {
    List<Outcome> outcomes = dataset.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      Place place = new Place(OUTCOMES, i);
      String id = outcome.id().value();
      OutcomeSubject subject = outcome.subject();
      PartialDate started = null;
      if (subject instanceof LocationId location) {
        reference(place, "/location", id, location, dataset.location(location), "location");
      } else if (subject instanceof CentreId centre) {
        started = opened(reference(place, "/centre", id, centre, dataset.centre(centre), "centre"),
            SocialCentre::opened);
      } else if (subject instanceof ProgrammeId programme) {
        started = opened(reference(place, "/programme", id, programme, dataset.programme(programme), "programme"),
            FamilyStrengtheningProgramme::started);
      } else if (subject instanceof VillageId village) {
        started = opened(reference(place, "/village", id, village, dataset.village(village), "village"),
            ChildrensVillage::opened);
      }
      if (started != null && outcome.period().isCertainlyBefore(started)) {
        add(place, "/period", Rule.OUTCOME_BEFORE_SUBJECT_STARTED, id,
            List.of(outcome.period().toString(), subject.value(), started.toString()));
      }
    }
  }
}
