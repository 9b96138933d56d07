package org.aldea.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.aldea.core.InvalidValueException;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.OutcomeId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareOperationRefusedException.Reason;
import org.aldea.core.value.PartialDate;
import org.immutables.value.Value;

/**
 * The exchange document as one immutable aggregate: a schema version and the seven lists of
 * entities, each in the order given.
 *
 * <h2>Lookups and navigation</h2>
 *
 * Each lookup builds its index on first use, in one pass over one list (the families by id, the
 * children by family…); every lookup after that costs O(1): entities by id, the children of a
 * family, the families of a village, the programmes of a centre, the outcomes of a subject, the
 * occupancy and vacancies of a family. A dataset may hold states that break business rules
 * (duplicate ids, dangling references, over-full families, as read from outside); a lookup by id
 * then finds the first entity of its kind with the id, and validation reports the rest.
 *
 * <h2>Care operations</h2>
 *
 * {@link #placeChild}, {@link #moveChild} and {@link #recordLeavingCare} return a new dataset with
 * one child's care situation changed. They refuse, with {@link CareOperationRefusedException}, to
 * create a state that breaks a business rule: a family over its capacity, a child in a family or
 * village that does not exist, a care date before birth.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dataset {
  /**
   * The version of the exchange format this model implements, and the only one a dataset carries: a
   * document of a later minor version decodes to a dataset of this version, its unknown properties
   * left out, so that what a dataset is written as is what it conforms to.
   */
  public static final String CURRENT_SCHEMA_VERSION = "1.0";

  Dataset() {}

  /**
   * Returns a builder, with the schema version set to {@link #CURRENT_SCHEMA_VERSION}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the version of the exchange format the dataset conforms to, {@code MAJOR.MINOR}: the
   * version a writer writes.
   *
   * @return the version, {@link #CURRENT_SCHEMA_VERSION}
   */
  @Value.Default
  public String schemaVersion() {
    return CURRENT_SCHEMA_VERSION;
  }

  /** {@return the locations, in the order given} */
  public abstract List<Location> locations();

  /** {@return the social centres, in the order given} */
  public abstract List<SocialCentre> socialCentres();

  /** {@return the family strengthening programmes, in the order given} */
  public abstract List<FamilyStrengtheningProgramme> programmes();

  /** {@return the children's villages, in the order given} */
  public abstract List<ChildrensVillage> villages();

  /** {@return the SOS families, in the order given} */
  public abstract List<SosFamily> families();

  /** {@return the children, in the order given} */
  public abstract List<Child> children();

  /** {@return the reported outcomes, in the order given} */
  public abstract List<Outcome> outcomes();

  @Value.Lazy
  DatasetIndex index() {
    return new DatasetIndex(this);
  }

  @Value.Check
  void check() {
    if (!schemaVersion().equals(CURRENT_SCHEMA_VERSION)) {
      throw new InvalidValueException("schemaVersion", "must be " + CURRENT_SCHEMA_VERSION
          + ", the version of the exchange format this library implements");
    }
  }

  /**
   * Returns the location with the id, if any.
   *
   * @param id the id
   * @return the location
   */
  public Optional<Location> location(LocationId id) {
    return Optional.ofNullable(index().locations.get().get(id.value()));
  }

  /**
   * Returns the social centre with the id, if any.
   *
   * @param id the id
   * @return the centre
   */
  public Optional<SocialCentre> centre(CentreId id) {
    return Optional.ofNullable(index().centres.get().get(id.value()));
  }

  /**
   * Returns the programme with the id, if any.
   *
   * @param id the id
   * @return the programme
   */
  public Optional<FamilyStrengtheningProgramme> programme(ProgrammeId id) {
    return Optional.ofNullable(index().programmes.get().get(id.value()));
  }

  /**
   * Returns the village with the id, if any.
   *
   * @param id the id
   * @return the village
   */
  public Optional<ChildrensVillage> village(VillageId id) {
    return Optional.ofNullable(index().villages.get().get(id.value()));
  }

  /**
   * Returns the SOS family with the id, if any.
   *
   * @param id the id
   * @return the family
   */
  public Optional<SosFamily> family(FamilyId id) {
    return Optional.ofNullable(index().families.get().get(id.value()));
  }

  /**
   * Returns the child with the id, if any.
   *
   * @param id the id
   * @return the child
   */
  public Optional<Child> child(ChildId id) {
    return Optional.ofNullable(index().children.get().get(id.value()));
  }

  /**
   * Returns the outcome with the id, if any.
   *
   * @param id the id
   * @return the outcome
   */
  public Optional<Outcome> outcome(OutcomeId id) {
    return Optional.ofNullable(index().outcomes.get().get(id.value()));
  }

  /**
   * Returns the children living in an SOS family (those whose care situation names it).
   *
   * @param family the family id
   * @return the children, in dataset order; empty for an unknown family
   */
  public List<Child> childrenOf(FamilyId family) {
    return DatasetIndex.listed(index().childrenByFamily, family);
  }

  /**
   * Returns the families of a village.
   *
   * @param village the village id
   * @return the families, in dataset order; empty for an unknown village
   */
  public List<SosFamily> familiesOf(VillageId village) {
    return DatasetIndex.listed(index().familiesByVillage, village);
  }

  /**
   * Returns the programmes that run from a social centre.
   *
   * @param centre the centre id
   * @return the programmes, in dataset order; empty for an unknown centre
   */
  public List<FamilyStrengtheningProgramme> programmesOf(CentreId centre) {
    return DatasetIndex.listed(index().programmesByCentre, centre);
  }

  /**
   * Returns the outcomes reported about a subject.
   *
   * @param subject a location, centre, programme or village id
   * @return the outcomes, in dataset order
   */
  public List<Outcome> outcomesOf(OutcomeSubject subject) {
    return DatasetIndex.listed(index().outcomesBySubject, subject);
  }

  /**
   * Returns how many children live in a family; may exceed its capacity in data read from outside.
   *
   * @param family the family id
   * @return the number of children whose care situation names the family
   */
  public int occupancy(FamilyId family) {
    return childrenOf(family).size();
  }

  /**
   * Returns how many places of a family are free: its capacity less its occupancy, never negative.
   *
   * @param family the family id
   * @return the free places, or empty for an unknown family
   */
  public OptionalInt vacancies(FamilyId family) {
    return family(family)
        .map(found -> OptionalInt.of(Math.max(0, found.capacity() - occupancy(family))))
        .orElse(OptionalInt.empty());
  }

  /**
   * Places a child who does not live in an SOS family (a new admission, or a child in another care
   * situation) in a family.
   *
   * @param child the child
   * @param family the family, which must exist, be in an existing village and have a vacancy
   * @param since when the child joins the family
   * @return a dataset in which the child lives in the family
   * @throws CareOperationRefusedException if the child or family is unknown, the family's village is
   *     unknown, the family is full, the child already lives in an SOS family, or the date is before
   *     the child's birth or current care situation
   */
  public Dataset placeChild(ChildId child, FamilyId family, PartialDate since) {
    Child found = requireChild(child);
    if (found.care() instanceof CareSituation.SosFamilyCare) {
      throw refused(Reason.ALREADY_IN_SOS_FAMILY, child, family, null,
          "it already lives in family " + currentFamily(found) + "; move it instead");
    }
    return intoFamily(found, family, since);
  }

  /**
   * Moves a child from its SOS family to another.
   *
   * @param child a child who lives in an SOS family
   * @param to the new family, which must exist, be in an existing village and have a vacancy
   * @param since when the child joins the new family
   * @return a dataset in which the child lives in the new family
   * @throws CareOperationRefusedException if the child is unknown or does not live in an SOS family,
   *     already lives in the target, the target or its village is unknown, the target is full, or
   *     the date is before the child's birth or current care situation
   */
  public Dataset moveChild(ChildId child, FamilyId to, PartialDate since) {
    Child found = requireChild(child);
    if (!(found.care() instanceof CareSituation.SosFamilyCare)) {
      throw refused(Reason.NOT_IN_SOS_FAMILY, child, to, null, "it does not live in an SOS family");
    }
    if (currentFamily(found).equals(to)) {
      throw refused(Reason.SAME_FAMILY, child, to, null, "it already lives in that family");
    }
    return intoFamily(found, to, since);
  }

  /**
   * Records that a child in care has left it.
   *
   * @param child a child in care
   * @param on when the child left
   * @param reason why
   * @return a dataset in which the child has left care
   * @throws CareOperationRefusedException if the child is unknown or has already left care, or the
   *     date is before the child's birth or current care situation
   */
  public Dataset recordLeavingCare(ChildId child, PartialDate on, CareSituation.LeftCare.Reason reason) {
    Child found = requireChild(child);
    if (!found.care().isInCare()) {
      throw refused(Reason.ALREADY_LEFT_CARE, child, null, null, "it has already left care");
    }
    return withCare(found, new CareSituation.LeftCare(on, reason), null);
  }

  private Dataset intoFamily(Child child, FamilyId family, PartialDate since) {
    SosFamily target = family(family).orElseThrow(
        () -> refused(Reason.UNKNOWN_FAMILY, child.id(), family, null, "the family does not exist"));
    if (village(target.village()).isEmpty()) {
      throw refused(Reason.UNKNOWN_VILLAGE, child.id(), family, null,
          "the family's village " + target.village() + " does not exist");
    }
    if (occupancy(family) >= target.capacity()) {
      throw refused(Reason.FAMILY_FULL, child.id(), family, target.capacity(),
          "the family is full (capacity " + target.capacity() + ")");
    }
    return withCare(child, new CareSituation.SosFamilyCare(family, since), family);
  }

  private Dataset withCare(Child child, CareSituation care, FamilyId family) {
    if (care.date().isCertainlyBefore(child.born())) {
      throw refused(Reason.DATE_BEFORE_BIRTH, child.id(), family, null,
          "the date is before the child's birth");
    }
    if (care.date().isCertainlyBefore(child.care().date())) {
      throw refused(Reason.DATE_BEFORE_CURRENT_CARE, child.id(), family, null,
          "the date is before the child's current care situation began");
    }
    List<Child> children = new ArrayList<>(children());
    // The child the index found: the first with its id. The list is copied anyway, so finding its
    // place by a scan costs no more than the copy.
    int position = 0;
    while (children.get(position) != child) {
      position++;
    }
    children.set(position, Child.builder().from(child).care(care).build());
    return Dataset.builder().from(this).children(children).build();
  }

  private Child requireChild(ChildId child) {
    return child(child).orElseThrow(
        () -> refused(Reason.UNKNOWN_CHILD, child, null, null, "the child does not exist"));
  }

  private static FamilyId currentFamily(Child child) {
    return ((CareSituation.SosFamilyCare) child.care()).family();
  }

  private static CareOperationRefusedException refused(
      Reason reason, ChildId child, FamilyId family, Integer capacity, String why) {
    String target = family == null ? "" : " (family " + family + ")";
    return new CareOperationRefusedException(
        reason, child, family, capacity, "Refused for child " + child + target + ": " + why);
  }

  /** Builds a {@link Dataset}; {@code build()} checks the tier-1 rules. */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }
}
