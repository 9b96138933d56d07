package org.aldea.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aldea.core.description.EntityKind;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Location;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.PartialDate;
import org.aldea.validation.Rule;

/**
 * Checks the rules across the entities of a whole dataset in linear time: one pass indexes every
 * id (reporting duplicates), one pass checks each entity's references and the cross-entity rules
 * through the index. No loop over entities is nested in another. The per-entity rules are
 * {@link EntityRules}'.
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
  /** What a child's care names, found through the index below. */
  private final CareRules.Context context = new CareRules.Context() {
    @Override
    public SosFamily family(FamilyId id) {
      return find(id, SosFamily.class);
    }

    @Override
    public FamilyStrengtheningProgramme programme(ProgrammeId id) {
      return find(id, FamilyStrengtheningProgramme.class);
    }
  };
  /** The first entity with each id. */
  private final Map<String, Object> byId;
  /** The ids that more than one entity has. */
  private final Set<String> duplicated = new HashSet<>();

  private DatasetRules(Dataset dataset, Collector issues) {
    this.dataset = dataset;
    int entities = EntityKind.values().stream().mapToInt(kind -> kind.in(dataset).size()).sum();
    // Sized once: growing a large map rehashes every id again, a cost that grows faster than the data.
    this.byId = new HashMap<>(entities * 4 / 3 + 16);
    this.issues = issues;
  }

  /** Checks the cross-entity rules on the dataset, reporting to the collector. */
  public static void check(Dataset dataset, Collector issues) {
    new DatasetRules(dataset, issues).run();
  }

  private void run() {
    for (EntityKind<?> kind : EntityKind.values()) {
      index(kind);
    }
    centres();
    programmes();
    villages();
    families(children());
    outcomes();
  }

  private <T> void index(EntityKind<T> kind) {
    int position = position(kind);
    List<T> entities = kind.in(dataset);
    for (int i = 0; i < entities.size(); i++) {
      T entity = entities.get(i);
      String value = kind.idOf(entity).value();
      if (byId.putIfAbsent(value, entity) != null) {
        duplicated.add(value);
        issues.add(position, i, Rule.ID_DUPLICATE, pointer(position, i) + "/id", value, List.of(value));
      }
    }
  }

  private <T> T find(EntityId id, Class<T> kind) {
    Object entity = byId.get(id.value());
    return kind.isInstance(entity) ? kind.cast(entity) : null;
  }

  /** Reports a reference that names no entity of the expected kind; returns the entity otherwise. */
  private <T> T reference(Place place, String suffix, String entity, EntityId id, Class<T> expected, String kindName) {
    T found = find(id, expected);
    if (found == null) {
      unknown(place, suffix, entity, id, kindName);
    }
    return found;
  }

  private void unknown(Place place, String suffix, String entity, EntityId id, String kindName) {
    issues.add(place.kind(), place.index(), Rule.REFERENCE_UNKNOWN, place.pointer(suffix), entity,
        List.of(id.value(), issues.kindName(kindName)));
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
      reference(place, "/location", id, centre.location(), Location.class, "location");
      if (centre.village().isPresent()) {
        ChildrensVillage village = reference(place, "/village", id, centre.village().get(), ChildrensVillage.class,
            "village");
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
      reference(place, "/location", id, programme.location(), Location.class, "location");
      if (programme.centre().isPresent()) {
        reference(place, "/centre", id, programme.centre().get(), SocialCentre.class, "centre");
      }
    }
  }

  private void villages() {
    List<ChildrensVillage> villages = dataset.villages();
    for (int i = 0; i < villages.size(); i++) {
      ChildrensVillage village = villages.get(i);
      Place place = new Place(VILLAGES, i);
      reference(place, "/location", village.id().value(), village.location(), Location.class, "location");
    }
  }

  /**
   * Checks the children and returns how many live in each family, by the family's identity (the
   * family found by its id): counted on the object the reference already found, without a second
   * lookup by id.
   */
  private Map<SosFamily, int[]> children() {
    Map<SosFamily, int[]> occupancy = new IdentityHashMap<>();
    List<Child> children = dataset.children();
    for (int i = 0; i < children.size(); i++) {
      Child child = children.get(i);
      Place place = new Place(CHILDREN, i);
      SosFamily family = CareRules.check(child, i, context, issues);
      if (family != null) {
        occupancy.computeIfAbsent(family, counted -> new int[1])[0]++;
      }
      siblings(place, child);
    }
    return occupancy;
  }

  private void siblings(Place place, Child child) {
    int k = -1;
    for (ChildId siblingId : child.siblings()) {
      k++;
      // The pointer to the sibling is built only for an issue: most siblings have none.
      Child sibling = find(siblingId, Child.class);
      if (sibling == null) {
        unknown(place, "/siblings/" + k, child.id().value(), siblingId, "child");
        continue;
      }
      // With a duplicated id, which child a sibling link means is ambiguous (an id.duplicate of
      // its own): the pair is not judged, so that no answer depends on which child comes first or
      // on how the ids sort.
      if (duplicated.contains(child.id().value()) || duplicated.contains(siblingId.value())) {
        continue;
      }
      if (!sibling.siblings().contains(child.id())) {
        add(place, "/siblings/" + k, Rule.CHILD_SIBLINGS_NOT_RECIPROCAL, child.id().value(),
            List.of(child.id().value(), siblingId.value()));
        continue;
      }
      // A separation is judged only between children who both name each other as siblings, and a
      // pair is reported once, from the child whose id sorts first.
      if (child.id().compareTo(siblingId) < 0 && child.care() instanceof CareSituation.SosFamilyCare
          && sibling.care() instanceof CareSituation.SosFamilyCare) {
        FamilyId mine = ((CareSituation.SosFamilyCare) child.care()).family();
        FamilyId theirs = ((CareSituation.SosFamilyCare) sibling.care()).family();
        // A family that does not exist is a reference issue of its own, not a separation.
        if (!mine.equals(theirs) && find(mine, SosFamily.class) != null && find(theirs, SosFamily.class) != null) {
          add(place, "/siblings/" + k, Rule.FAMILY_SIBLINGS_SEPARATED, child.id().value(),
              List.of(child.id().value(), siblingId.value(), mine.value(), theirs.value()));
        }
      }
    }
  }

  private void families(Map<SosFamily, int[]> occupancy) {
    List<SosFamily> families = dataset.families();
    for (int i = 0; i < families.size(); i++) {
      SosFamily family = families.get(i);
      Place place = new Place(FAMILIES, i);
      String id = family.id().value();
      reference(place, "/village", id, family.village(), ChildrensVillage.class, "village");
      // With duplicate ids, the children count against the first family with the id.
      int[] counted = occupancy.get(family);
      int living = counted == null ? 0 : counted[0];
      if (living > family.capacity()) {
        add(place, "", Rule.FAMILY_OVER_CAPACITY, id, List.of(id, String.valueOf(living), String.valueOf(family.capacity())));
      }
    }
  }

  private void outcomes() {
    List<Outcome> outcomes = dataset.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      Place place = new Place(OUTCOMES, i);
      String id = outcome.id().value();
      OutcomeSubject subject = outcome.subject();
      PartialDate started = null;
      if (subject instanceof LocationId) {
        reference(place, "/location", id, subject, Location.class, "location");
      } else if (subject instanceof CentreId) {
        SocialCentre centre = reference(place, "/centre", id, subject, SocialCentre.class, "centre");
        started = centre == null ? null : centre.opened().orElse(null);
      } else if (subject instanceof ProgrammeId) {
        FamilyStrengtheningProgramme programme = reference(place, "/programme", id, subject,
            FamilyStrengtheningProgramme.class, "programme");
        started = programme == null ? null : programme.started().orElse(null);
      } else if (subject instanceof VillageId) {
        ChildrensVillage village = reference(place, "/village", id, subject, ChildrensVillage.class, "village");
        started = village == null ? null : village.opened().orElse(null);
      }
      if (started != null && outcome.period().isCertainlyBefore(started)) {
        add(place, "/period", Rule.OUTCOME_BEFORE_SUBJECT_STARTED, id,
            List.of(outcome.period().toString(), subject.value(), started.toString()));
      }
    }
  }
}
