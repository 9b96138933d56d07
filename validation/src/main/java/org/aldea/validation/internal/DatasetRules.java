package org.aldea.validation.internal;

import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Validates a whole dataset in linear time: one pass indexes every id (reporting duplicates), one
 * pass checks each entity (Hibernate Validator for the per-entity rules, then its references and
 * the cross-entity rules through the index). No loop over entities is nested in another.
 */
public final class DatasetRules {
  /** Positions of the kinds in a document, for ordering issues. */
  public static final int LOCATIONS = 0;
  /** The position of social centres. */
  public static final int CENTRES = 1;
  /** The position of programmes. */
  public static final int PROGRAMMES = 2;
  /** The position of villages. */
  public static final int VILLAGES = 3;
  /** The position of families. */
  public static final int FAMILIES = 4;
  /** The position of children. */
  public static final int CHILDREN = 5;
  /** The position of outcomes. */
  public static final int OUTCOMES = 6;

  private final Dataset dataset;
  private final Validator validator;
  private final Collector issues;
  /** The first entity with each id. */
  private final Map<String, Object> byId = new HashMap<>();

  private DatasetRules(Dataset dataset, Validator validator, Collector issues) {
    this.dataset = dataset;
    this.validator = validator;
    this.issues = issues;
  }

  /** Checks every rule on the dataset, reporting to the collector. */
  public static void check(Dataset dataset, Validator validator, Collector issues) {
    new DatasetRules(dataset, validator, issues).run();
  }

  private void run() {
    index(LOCATIONS, "locations", dataset.locations(), Location::id);
    index(CENTRES, "socialCentres", dataset.socialCentres(), SocialCentre::id);
    index(PROGRAMMES, "programmes", dataset.programmes(), FamilyStrengtheningProgramme::id);
    index(VILLAGES, "villages", dataset.villages(), ChildrensVillage::id);
    index(FAMILIES, "families", dataset.families(), SosFamily::id);
    index(CHILDREN, "children", dataset.children(), Child::id);
    index(OUTCOMES, "outcomes", dataset.outcomes(), Outcome::id);
    centres();
    programmes();
    villages();
    Map<String, Integer> occupancy = children();
    families(occupancy);
    outcomes();
  }

  private <T> void index(int kind, String array, List<T> entities, java.util.function.Function<T, EntityId> id) {
    for (int i = 0; i < entities.size(); i++) {
      T entity = entities.get(i);
      String value = id.apply(entity).value();
      if (byId.putIfAbsent(value, entity) != null) {
        issues.add(kind, i, Rule.ID_DUPLICATE, "/" + array + "/" + i + "/id", value, List.of(value));
      }
    }
  }

  private <T> T find(EntityId id, Class<T> kind) {
    Object entity = byId.get(id.value());
    return kind.isInstance(entity) ? kind.cast(entity) : null;
  }

  /** Reports a reference that names no entity of the expected kind; returns the entity otherwise. */
  private <T> T reference(int kind, int index, String pointer, String entity, EntityId id, Class<T> expected,
      String kindName) {
    T found = find(id, expected);
    if (found == null) {
      issues.add(kind, index, Rule.REFERENCE_UNKNOWN, pointer, entity, List.of(id.value(), issues.kindName(kindName)));
    }
    return found;
  }

  private <T> void perEntity(int kind, int index, String pointer, String entity, T value) {
    issues.addAll(kind, index, pointer, entity, validator.validate(value));
  }

  private void centres() {
    List<SocialCentre> centres = dataset.socialCentres();
    for (int i = 0; i < centres.size(); i++) {
      SocialCentre centre = centres.get(i);
      String pointer = "/socialCentres/" + i;
      String id = centre.id().value();
      perEntity(CENTRES, i, pointer, id, centre);
      reference(CENTRES, i, pointer + "/location", id, centre.location(), Location.class, "location");
      if (centre.village().isPresent()) {
        ChildrensVillage village = reference(CENTRES, i, pointer + "/village", id, centre.village().get(),
            ChildrensVillage.class, "village");
        if (village != null && !village.location().equals(centre.location())) {
          issues.add(CENTRES, i, Rule.CENTRE_VILLAGE_ELSEWHERE, pointer + "/village", id,
              List.of(village.id().value(), village.location().value(), centre.location().value()));
        }
      }
    }
  }

  private void programmes() {
    List<FamilyStrengtheningProgramme> programmes = dataset.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      FamilyStrengtheningProgramme programme = programmes.get(i);
      String pointer = "/programmes/" + i;
      String id = programme.id().value();
      perEntity(PROGRAMMES, i, pointer, id, programme);
      reference(PROGRAMMES, i, pointer + "/location", id, programme.location(), Location.class, "location");
      if (programme.centre().isPresent()) {
        reference(PROGRAMMES, i, pointer + "/centre", id, programme.centre().get(), SocialCentre.class, "centre");
      }
    }
  }

  private void villages() {
    List<ChildrensVillage> villages = dataset.villages();
    for (int i = 0; i < villages.size(); i++) {
      ChildrensVillage village = villages.get(i);
      String pointer = "/villages/" + i;
      perEntity(VILLAGES, i, pointer, village.id().value(), village);
      reference(VILLAGES, i, pointer + "/location", village.id().value(), village.location(), Location.class, "location");
    }
  }

  /** Checks the children and returns how many live in each family, by family id. */
  private Map<String, Integer> children() {
    Map<String, Integer> occupancy = new HashMap<>();
    List<Child> children = dataset.children();
    for (int i = 0; i < children.size(); i++) {
      Child child = children.get(i);
      String pointer = "/children/" + i;
      String id = child.id().value();
      perEntity(CHILDREN, i, pointer, id, child);
      CareSituation care = child.care();
      if (care instanceof CareSituation.SosFamilyCare) {
        SosFamily family = reference(CHILDREN, i, pointer + "/care/family", id,
            ((CareSituation.SosFamilyCare) care).family(), SosFamily.class, "family");
        if (family != null) {
          occupancy.merge(family.id().value(), 1, Integer::sum);
        }
      } else if (care instanceof CareSituation.FamilyOfOriginCare) {
        FamilyStrengtheningProgramme programme = reference(CHILDREN, i, pointer + "/care/programme", id,
            ((CareSituation.FamilyOfOriginCare) care).programme(), FamilyStrengtheningProgramme.class, "programme");
        if (programme != null && issues.checks(Rule.PROGRAMME_CHILD_OUTSIDE_TARGET_AGE)) {
          int index = i;
          EntityChecks.outsideTargetAge(child, programme)
              .ifPresent(finding -> issues.add(CHILDREN, index, pointer, id, finding));
        }
      }
      siblings(i, child, pointer);
    }
    return occupancy;
  }

  private void siblings(int index, Child child, String pointer) {
    int k = 0;
    for (ChildId siblingId : child.siblings()) {
      String at = pointer + "/siblings/" + k++;
      Child sibling = reference(CHILDREN, index, at, child.id().value(), siblingId, Child.class, "child");
      if (sibling == null) {
        continue;
      }
      boolean reciprocal = sibling.siblings().contains(child.id());
      if (!reciprocal) {
        issues.add(CHILDREN, index, Rule.CHILD_SIBLINGS_NOT_RECIPROCAL, at, child.id().value(),
            List.of(child.id().value(), siblingId.value()));
      }
      // A reciprocal pair is reported once, from the child whose id sorts first.
      boolean reportsPair = !reciprocal || child.id().compareTo(siblingId) < 0;
      if (reportsPair && child.care() instanceof CareSituation.SosFamilyCare
          && sibling.care() instanceof CareSituation.SosFamilyCare) {
        FamilyId mine = ((CareSituation.SosFamilyCare) child.care()).family();
        FamilyId theirs = ((CareSituation.SosFamilyCare) sibling.care()).family();
        // A family that does not exist is a reference issue of its own, not a separation.
        if (!mine.equals(theirs) && find(mine, SosFamily.class) != null && find(theirs, SosFamily.class) != null) {
          issues.add(CHILDREN, index, Rule.FAMILY_SIBLINGS_SEPARATED, at, child.id().value(),
              List.of(child.id().value(), siblingId.value(), mine.value(), theirs.value()));
        }
      }
    }
  }

  private void families(Map<String, Integer> occupancy) {
    List<SosFamily> families = dataset.families();
    for (int i = 0; i < families.size(); i++) {
      SosFamily family = families.get(i);
      String pointer = "/families/" + i;
      String id = family.id().value();
      perEntity(FAMILIES, i, pointer, id, family);
      reference(FAMILIES, i, pointer + "/village", id, family.village(), ChildrensVillage.class, "village");
      // With duplicate ids, the children count against the first family with the id.
      int living = byId.get(id) == family ? occupancy.getOrDefault(id, 0) : 0;
      if (living > family.capacity()) {
        issues.add(FAMILIES, i, Rule.FAMILY_OVER_CAPACITY, pointer, id,
            List.of(id, String.valueOf(living), String.valueOf(family.capacity())));
      }
    }
  }

  private void outcomes() {
    List<Outcome> outcomes = dataset.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      String pointer = "/outcomes/" + i;
      String id = outcome.id().value();
      perEntity(OUTCOMES, i, pointer, id, outcome);
      OutcomeSubject subject = outcome.subject();
      PartialDate started = null;
      if (subject instanceof LocationId) {
        reference(OUTCOMES, i, pointer + "/location", id, subject, Location.class, "location");
      } else if (subject instanceof CentreId) {
        SocialCentre centre = reference(OUTCOMES, i, pointer + "/centre", id, subject, SocialCentre.class, "centre");
        started = centre == null ? null : centre.opened().orElse(null);
      } else if (subject instanceof ProgrammeId) {
        FamilyStrengtheningProgramme programme = reference(OUTCOMES, i, pointer + "/programme", id, subject,
            FamilyStrengtheningProgramme.class, "programme");
        started = programme == null ? null : programme.started().orElse(null);
      } else if (subject instanceof VillageId) {
        ChildrensVillage village = reference(OUTCOMES, i, pointer + "/village", id, subject, ChildrensVillage.class,
            "village");
        started = village == null ? null : village.opened().orElse(null);
      }
      if (started != null && outcome.period().isCertainlyBefore(started)) {
        issues.add(OUTCOMES, i, Rule.OUTCOME_BEFORE_SUBJECT_STARTED, pointer + "/period", id,
            List.of(outcome.period().toString(), subject.value(), started.toString()));
      }
    }
  }
}
