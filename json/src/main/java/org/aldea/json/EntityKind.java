package org.aldea.json;

import java.util.List;
import java.util.Optional;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Location;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;

/**
 * The seven kinds of entity of an exchange document, each with the name of its array in the
 * document, which is also the {@code kind} of an NDJSON header line.
 *
 * @param <T> the Java type of the entity
 */
public final class EntityKind<T> {
  /** {@code locations}. */
  public static final EntityKind<Location> LOCATIONS = new EntityKind<>("locations", Location.class);
  /** {@code socialCentres}. */
  public static final EntityKind<SocialCentre> SOCIAL_CENTRES = new EntityKind<>("socialCentres", SocialCentre.class);
  /** {@code programmes}. */
  public static final EntityKind<FamilyStrengtheningProgramme> PROGRAMMES =
      new EntityKind<>("programmes", FamilyStrengtheningProgramme.class);
  /** {@code villages}. */
  public static final EntityKind<ChildrensVillage> VILLAGES = new EntityKind<>("villages", ChildrensVillage.class);
  /** {@code families}. */
  public static final EntityKind<SosFamily> FAMILIES = new EntityKind<>("families", SosFamily.class);
  /** {@code children}. */
  public static final EntityKind<Child> CHILDREN = new EntityKind<>("children", Child.class);
  /** {@code outcomes}. */
  public static final EntityKind<Outcome> OUTCOMES = new EntityKind<>("outcomes", Outcome.class);

  private static final List<EntityKind<?>> ALL =
      List.of(LOCATIONS, SOCIAL_CENTRES, PROGRAMMES, VILLAGES, FAMILIES, CHILDREN, OUTCOMES);

  private final String wireName;
  private final Class<T> type;

  private EntityKind(String wireName, Class<T> type) {
    this.wireName = wireName;
    this.type = type;
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
    return type;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
