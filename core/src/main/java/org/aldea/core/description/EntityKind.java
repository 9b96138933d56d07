package org.aldea.core.description;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.aldea.core.id.EntityId;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Location;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;

/**
 * The seven kinds of entity of a dataset, in document order, each with the name of its array in an
 * exchange document (also the {@code kind} of an NDJSON stream), its Java type and its {@linkplain
 * Shape shape}. Every entity has an {@code id} property.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the Java type of the entity
 */
public final class EntityKind<T> {
  /** {@code locations}. */
  public static final EntityKind<Location> LOCATIONS =
      new EntityKind<>("locations", Model.LOCATION, Dataset::locations, Dataset.Builder::addLocations);
  /** {@code socialCentres}. */
  public static final EntityKind<SocialCentre> SOCIAL_CENTRES =
      new EntityKind<>("socialCentres", Model.SOCIAL_CENTRE, Dataset::socialCentres, Dataset.Builder::addSocialCentres);
  /** {@code programmes}. */
  public static final EntityKind<FamilyStrengtheningProgramme> PROGRAMMES =
      new EntityKind<>("programmes", Model.PROGRAMME, Dataset::programmes, Dataset.Builder::addProgrammes);
  /** {@code villages}. */
  public static final EntityKind<ChildrensVillage> VILLAGES =
      new EntityKind<>("villages", Model.VILLAGE, Dataset::villages, Dataset.Builder::addVillages);
  /** {@code families}. */
  public static final EntityKind<SosFamily> FAMILIES =
      new EntityKind<>("families", Model.FAMILY, Dataset::families, Dataset.Builder::addFamilies);
  /** {@code children}. */
  public static final EntityKind<Child> CHILDREN =
      new EntityKind<>("children", Model.CHILD, Dataset::children, Dataset.Builder::addChildren);
  /** {@code outcomes}. */
  public static final EntityKind<Outcome> OUTCOMES =
      new EntityKind<>("outcomes", Model.OUTCOME, Dataset::outcomes, Dataset.Builder::addOutcomes);

  private static final List<EntityKind<?>> ALL =
      List.of(LOCATIONS, SOCIAL_CENTRES, PROGRAMMES, VILLAGES, FAMILIES, CHILDREN, OUTCOMES);

  private final String wireName;
  private final Shape<T> shape;
  private final Property<T> id;
  private final Function<Dataset, List<T>> list;
  private final BiConsumer<Dataset.Builder, T> add;

  private EntityKind(String wireName, Shape<T> shape, Function<Dataset, List<T>> list,
      BiConsumer<Dataset.Builder, T> add) {
    this.wireName = wireName;
    this.shape = shape;
    this.id = shape.property("id").orElseThrow(() -> new IllegalStateException(shape + " has no id"));
    this.list = list;
    this.add = add;
  }

  /** {@return every kind, in document order} */
  public static List<EntityKind<?>> values() {
    return ALL;
  }

  /**
   * Returns the kind with the given wire name.
   *
   * @param wireName an array name such as {@code children}
   * @return the kind, or empty if there is none by that name
   */
  public static Optional<EntityKind<?>> byWireName(String wireName) {
    return ALL.stream().filter(kind -> kind.wireName.equals(wireName)).findFirst();
  }

  /** {@return the name of the kind's array in a document} */
  public String wireName() {
    return wireName;
  }

  /** {@return the Java type of the kind's entities} */
  public Class<T> type() {
    return shape.type();
  }

  /** {@return the description of the kind's entities} */
  public Shape<T> shape() {
    return shape;
  }

  /**
   * Returns an entity's id.
   *
   * @param entity an entity of this kind
   * @return its id
   */
  public EntityId idOf(T entity) {
    return (EntityId) id.valueIn(entity);
  }

  /**
   * Returns the dataset's entities of this kind.
   *
   * @param dataset the dataset
   * @return its list of this kind, in the order given
   */
  public List<T> in(Dataset dataset) {
    return list.apply(dataset);
  }

  /**
   * Adds an entity of this kind to a dataset builder.
   *
   * @param dataset the builder
   * @param entity the entity
   */
  public void addTo(Dataset.Builder dataset, T entity) {
    add.accept(dataset, entity);
  }

  @Override
  public String toString() {
    return wireName;
  }
}
