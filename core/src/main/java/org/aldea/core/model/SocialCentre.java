package org.aldea.core.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.VillageId;
import org.aldea.core.internal.Checks;
import org.aldea.core.rules.BusinessRules;
import org.aldea.core.rules.BusinessWarnings;
import org.aldea.core.rules.Severity;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.immutables.value.Value;

/**
 * An SOS social centre: open to the community, it runs day care, health care and training, and is
 * often the base of a {@link FamilyStrengtheningProgramme}. A centre may be part of a children's
 * village, as in Ayacucho.
 *
 * <p>This class is immutable and thread-safe.
 */
@BusinessRules(payload = Severity.Error.class)
@BusinessWarnings(payload = Severity.Warning.class)
@Value.Immutable
public abstract class SocialCentre {
  /** The most rooms of one kind a centre may report. */
  public static final int MAX_ROOMS = 1000;

  /** The most day-care places a centre may report. */
  public static final int MAX_DAY_CARE_PLACES = 100_000;

  /** What a centre offers. */
  public enum Service {
    /** Day care for pre-school children. */
    DAY_CARE,
    /** Basic health care. */
    HEALTH_CARE,
    /** Dental care. */
    DENTAL_CARE,
    /** Care by a paediatrician. */
    PAEDIATRIC_CARE,
    /** Distribution of medicine. */
    MEDICINE_DISTRIBUTION,
    /** Nutrition care and advice. */
    NUTRITION,
    /** Clean drinking water. */
    DRINKING_WATER,
    /** Evening classes for adults. */
    ADULT_EVENING_CLASSES,
    /** Information workshops. */
    INFORMATION_WORKSHOPS,
    /** Training that helps adults earn an income. */
    INCOME_TRAINING,
    /** Preparing children to start school. */
    SCHOOL_PREPARATION
  }

  /** The kinds of room a centre has. */
  public enum Facility {
    /** A day-care room. */
    DAY_CARE_ROOM,
    /** A room equipped for infants. */
    INFANT_ROOM,
    /** A dining hall. */
    DINING_HALL,
    /** A kitchen. */
    KITCHEN,
    /** A pantry. */
    PANTRY,
    /** A laundry. */
    LAUNDRY,
    /** A classroom. */
    CLASSROOM,
    /** An office. */
    OFFICE,
    /** A meeting room. */
    MEETING_ROOM,
    /** The caretaker's flat. */
    CARETAKER_FLAT,
    /** A store room. */
    STORE_ROOM,
    /** A pharmacy. */
    PHARMACY,
    /** An examination room. */
    EXAMINATION_ROOM,
    /** A doctor's office. */
    DOCTOR_OFFICE,
    /** A waiting room. */
    WAITING_ROOM
  }

  /** The roles of a centre's staff. */
  public enum StaffRole {
    /** A paediatrician. */
    PAEDIATRICIAN,
    /** A dentist. */
    DENTIST,
    /** A nurse. */
    NURSE,
    /** A physician. */
    PHYSICIAN,
    /** An educator. */
    EDUCATOR,
    /** A social worker. */
    SOCIAL_WORKER
  }

  SocialCentre() {}

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the centre's id} */
  public abstract CentreId id();

  /** {@return the centre's name} */
  public abstract String name();

  /** {@return where the centre is} */
  public abstract LocationId location();

  /** {@return the children's village the centre is part of, if any} */
  public abstract Optional<VillageId> village();

  /** {@return when the centre opened, if known} */
  public abstract Optional<PartialDate> opened();

  /** {@return what the centre offers} */
  public abstract Set<Service> services();

  /** {@return the centre's rooms: how many of each kind, each at least 1} */
  public abstract Map<Facility, Integer> facilities();

  /** {@return the roles of the centre's staff} */
  public abstract Set<StaffRole> staff();

  /** {@return how many pre-school children day care can take, if reported} */
  public abstract OptionalInt dayCarePlaces();

  /** {@return how many people the centre serves each day, if reported} */
  public abstract Optional<Count> dailyReach();

  @Value.Check
  void check() {
    Checks.text("name", name(), Checks.MAX_NAME_LENGTH);
    facilities().values().forEach(rooms -> Checks.inRange("facilities", rooms, 1, MAX_ROOMS));
    if (dayCarePlaces().isPresent()) {
      Checks.inRange("dayCarePlaces", dayCarePlaces().getAsInt(), 0, MAX_DAY_CARE_PLACES);
    }
  }

  /** Builds a {@link SocialCentre}; {@code build()} checks the tier-1 rules. */
  public static final class Builder extends ImmutableSocialCentre.Builder {
    Builder() {}
  }
}
