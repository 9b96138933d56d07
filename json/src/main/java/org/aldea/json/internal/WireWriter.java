package org.aldea.json.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Indicator;
import org.aldea.core.model.Location;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.Reach;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.Coordinates;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the exchange format canonically: properties in the documented order (id first), absent
 * optionals and empty collections omitted, sets sorted by their wire value, booleans always
 * written, so that the same value always gives the same bytes.
 */
public final class WireWriter {
  private final JsonGenerator out;

  /**
   * Creates a writer.
   *
   * @param out the generator to write to
   */
  public WireWriter(JsonGenerator out) {
    this.out = out;
  }

  /** Writes an exchange document. */
  public void dataset(Dataset dataset) {
    out.writeStartObject();
    out.writeStringProperty("schemaVersion", dataset.schemaVersion());
    list("locations", dataset.locations(), this::location);
    list("socialCentres", dataset.socialCentres(), this::socialCentre);
    list("programmes", dataset.programmes(), this::programme);
    list("villages", dataset.villages(), this::village);
    list("families", dataset.families(), this::family);
    list("children", dataset.children(), this::child);
    list("outcomes", dataset.outcomes(), this::outcome);
    out.writeEndObject();
  }

  /** Writes the header line of an NDJSON stream. */
  public void ndjsonHeader(String schemaVersion, String kind) {
    out.writeStartObject();
    out.writeStringProperty("schemaVersion", schemaVersion);
    out.writeStringProperty("kind", kind);
    out.writeEndObject();
  }

  private <T> void list(String name, List<T> values, Consumer<T> element) {
    out.writeName(name);
    out.writeStartArray();
    values.forEach(element);
    out.writeEndArray();
  }

  /** Writes any entity or value of the model. */
  public void any(Object value) {
    if (value instanceof Dataset) {
      dataset((Dataset) value);
    } else if (value instanceof Location) {
      location((Location) value);
    } else if (value instanceof SocialCentre) {
      socialCentre((SocialCentre) value);
    } else if (value instanceof FamilyStrengtheningProgramme) {
      programme((FamilyStrengtheningProgramme) value);
    } else if (value instanceof ChildrensVillage) {
      village((ChildrensVillage) value);
    } else if (value instanceof SosFamily) {
      family((SosFamily) value);
    } else if (value instanceof Child) {
      child((Child) value);
    } else if (value instanceof Outcome) {
      outcome((Outcome) value);
    } else if (value instanceof Indicator) {
      indicator((Indicator) value);
    } else if (value instanceof Reach) {
      reach((Reach) value);
    } else if (value instanceof Caregiver) {
      caregiver((Caregiver) value);
    } else if (value instanceof CareSituation) {
      care((CareSituation) value);
    } else if (value instanceof Measure) {
      out.writeStartObject();
      measure((Measure) value);
      out.writeEndObject();
    } else if (value instanceof Count) {
      count((Count) value);
    } else if (value instanceof Percent) {
      percent((Percent) value);
    } else if (value instanceof Coordinates) {
      coordinates((Coordinates) value);
    } else if (value instanceof AgeRange) {
      ageRange((AgeRange) value);
    } else if (value instanceof EntityId || value instanceof PartialDate || value instanceof org.aldea.core.value.Code) {
      out.writeString(value.toString());
    } else {
      throw new IllegalArgumentException("not a type of the Aldea model: " + value.getClass().getName());
    }
  }

  /** Writes a location. */
  public void location(Location location) {
    out.writeStartObject();
    out.writeStringProperty("id", location.id().value());
    out.writeStringProperty("name", location.name());
    out.writeStringProperty("country", location.country());
    out.writeStringProperty("region", location.region());
    optional("population", location.population(), this::count);
    if (location.altitudeMetres().isPresent()) {
      out.writeNumberProperty("altitudeMetres", location.altitudeMetres().getAsInt());
    }
    optional("distanceToCapitalKm", location.distanceToCapitalKm(), this::count);
    optional("coordinates", location.coordinates(), this::coordinates);
    if (!location.indicators().isEmpty()) {
      list("indicators", location.indicators(), this::indicator);
    }
    out.writeEndObject();
  }

  private void indicator(Indicator indicator) {
    out.writeStartObject();
    out.writeStringProperty("kind", indicator.kind().value());
    if (indicator.year().isPresent()) {
      out.writeNumberProperty("year", indicator.year().getAsInt());
    }
    optional("count", indicator.count(), this::count);
    optional("percent", indicator.percent(), this::percent);
    indicator.note().ifPresent(note -> out.writeStringProperty("note", note));
    out.writeEndObject();
  }

  /** Writes a social centre. */
  public void socialCentre(SocialCentre centre) {
    out.writeStartObject();
    out.writeStringProperty("id", centre.id().value());
    out.writeStringProperty("name", centre.name());
    out.writeStringProperty("location", centre.location().value());
    centre.village().ifPresent(village -> out.writeStringProperty("village", village.value()));
    centre.opened().ifPresent(opened -> out.writeStringProperty("opened", opened.toString()));
    codes("services", centre.services(), SocialCentre.Service.class);
    if (!centre.facilities().isEmpty()) {
      out.writeName("facilities");
      out.writeStartObject();
      for (SocialCentre.Facility facility : Codes.inCodeOrder(SocialCentre.Facility.class)) {
        Integer rooms = centre.facilities().get(facility);
        if (rooms != null) {
          out.writeNumberProperty(Codes.code(facility), rooms);
        }
      }
      out.writeEndObject();
    }
    codes("staff", centre.staff(), SocialCentre.StaffRole.class);
    if (centre.dayCarePlaces().isPresent()) {
      out.writeNumberProperty("dayCarePlaces", centre.dayCarePlaces().getAsInt());
    }
    optional("dailyReach", centre.dailyReach(), this::count);
    out.writeEndObject();
  }

  /** Writes a family strengthening programme. */
  public void programme(FamilyStrengtheningProgramme programme) {
    out.writeStartObject();
    out.writeStringProperty("id", programme.id().value());
    out.writeStringProperty("name", programme.name());
    out.writeStringProperty("location", programme.location().value());
    programme.centre().ifPresent(centre -> out.writeStringProperty("centre", centre.value()));
    programme.started().ifPresent(started -> out.writeStringProperty("started", started.toString()));
    codes("focusAreas", programme.focusAreas(), FamilyStrengtheningProgramme.FocusArea.class);
    optional("targetAge", programme.targetAge(), this::ageRange);
    optional("capacity", programme.capacity(), this::count);
    optional("reach", programme.reach(), this::reach);
    out.writeEndObject();
  }

  private void reach(Reach reach) {
    out.writeStartObject();
    optional("children", reach.children(), this::count);
    optional("families", reach.families(), this::count);
    out.writeEndObject();
  }

  /** Writes a children's village. */
  public void village(ChildrensVillage village) {
    out.writeStartObject();
    out.writeStringProperty("id", village.id().value());
    out.writeStringProperty("name", village.name());
    out.writeStringProperty("location", village.location().value());
    village.opened().ifPresent(opened -> out.writeStringProperty("opened", opened.toString()));
    out.writeEndObject();
  }

  /** Writes an SOS family. */
  public void family(SosFamily family) {
    out.writeStartObject();
    out.writeStringProperty("id", family.id().value());
    out.writeStringProperty("village", family.village().value());
    out.writeName("caregiver");
    caregiver(family.caregiver());
    out.writeNumberProperty("capacity", family.capacity());
    out.writeEndObject();
  }

  private void caregiver(Caregiver caregiver) {
    out.writeStartObject();
    out.writeStringProperty("role", Codes.code(caregiver.role()));
    caregiver.since().ifPresent(since -> out.writeStringProperty("since", since.toString()));
    out.writeEndObject();
  }

  /** Writes a child. */
  public void child(Child child) {
    out.writeStartObject();
    out.writeStringProperty("id", child.id().value());
    child.name().ifPresent(name -> out.writeStringProperty("name", name));
    out.writeStringProperty("born", child.born().toString());
    out.writeName("care");
    care(child.care());
    out.writeStringProperty("education", Codes.code(child.education()));
    out.writeBooleanProperty("adaptedTeaching", child.adaptedTeaching());
    if (!child.siblings().isEmpty()) {
      out.writeName("siblings");
      out.writeStartArray();
      child.siblings().stream().sorted().forEach(sibling -> out.writeString(sibling.value()));
      out.writeEndArray();
    }
    out.writeBooleanProperty("sponsored", child.sponsored());
    out.writeEndObject();
  }

  private void care(CareSituation care) {
    out.writeStartObject();
    if (care instanceof CareSituation.SosFamilyCare) {
      CareSituation.SosFamilyCare sos = (CareSituation.SosFamilyCare) care;
      out.writeStringProperty("type", "sos_family");
      out.writeStringProperty("family", sos.family().value());
      out.writeStringProperty("since", sos.since().toString());
    } else if (care instanceof CareSituation.FamilyOfOriginCare) {
      CareSituation.FamilyOfOriginCare origin = (CareSituation.FamilyOfOriginCare) care;
      out.writeStringProperty("type", "family_of_origin");
      out.writeStringProperty("programme", origin.programme().value());
      out.writeStringProperty("since", origin.since().toString());
    } else if (care instanceof CareSituation.KinshipCare) {
      CareSituation.KinshipCare kinship = (CareSituation.KinshipCare) care;
      out.writeStringProperty("type", "kinship_care");
      out.writeStringProperty("relation", Codes.code(kinship.relation()));
      out.writeStringProperty("since", kinship.since().toString());
    } else if (care instanceof CareSituation.YouthFollowUp) {
      out.writeStringProperty("type", "youth_follow_up");
      out.writeStringProperty("since", care.date().toString());
    } else {
      CareSituation.LeftCare left = (CareSituation.LeftCare) care;
      out.writeStringProperty("type", "left_care");
      out.writeStringProperty("on", left.on().toString());
      out.writeStringProperty("reason", Codes.code(left.reason()));
    }
    out.writeEndObject();
  }

  /** Writes an outcome. */
  public void outcome(Outcome outcome) {
    out.writeStartObject();
    out.writeStringProperty("id", outcome.id().value());
    out.writeStringProperty(subjectKey(outcome), outcome.subject().value());
    out.writeStringProperty("indicator", outcome.indicator().value());
    out.writeStringProperty("period", outcome.period().toString());
    measure(outcome.measure());
    outcome.note().ifPresent(note -> out.writeStringProperty("note", note));
    out.writeEndObject();
  }

  private static String subjectKey(Outcome outcome) {
    if (outcome.subject() instanceof ProgrammeId) {
      return "programme";
    }
    if (outcome.subject() instanceof CentreId) {
      return "centre";
    }
    if (outcome.subject() instanceof VillageId) {
      return "village";
    }
    assert outcome.subject() instanceof LocationId;
    return "location";
  }

  private void measure(Measure measure) {
    optional("count", measure.count(), this::count);
    optional("percent", measure.percent(), this::percent);
    if (measure.outOf().isPresent()) {
      out.writeNumberProperty("outOf", measure.outOf().getAsLong());
    }
  }

  private void count(Count count) {
    if (count.isExact()) {
      out.writeNumber(count.value());
      return;
    }
    out.writeStartObject();
    switch (count.qualifier()) {
      case ABOUT:
        out.writeNumberProperty("about", count.value());
        break;
      case UP_TO:
        out.writeNumberProperty("upTo", count.value());
        break;
      case AT_LEAST:
        out.writeNumberProperty("atLeast", count.value());
        break;
      default:
        out.writeNumberProperty("moreThan", count.value());
    }
    out.writeEndObject();
  }

  private void percent(Percent percent) {
    out.writeNumber(percent.value());
  }

  private void coordinates(Coordinates coordinates) {
    out.writeStartObject();
    out.writeNumberProperty("lat", coordinates.latitude());
    out.writeNumberProperty("lon", coordinates.longitude());
    out.writeEndObject();
  }

  private void ageRange(AgeRange range) {
    out.writeStartObject();
    out.writeNumberProperty("min", range.min());
    out.writeNumberProperty("under", range.under());
    out.writeEndObject();
  }

  /** Writes a set of constants in the order of their codes. */
  private <E extends Enum<E>> void codes(String name, Collection<E> values, Class<E> type) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    for (E constant : Codes.inCodeOrder(type)) {
      if (values.contains(constant)) {
        out.writeString(Codes.code(constant));
      }
    }
    out.writeEndArray();
  }

  private <T> void optional(String name, Optional<T> value, Consumer<T> writer) {
    if (value.isPresent()) {
      out.writeName(name);
      writer.accept(value.get());
    }
  }
}
