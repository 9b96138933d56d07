package org.aldea.cli;

import java.io.InputStream;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Location;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.json.AldeaJson;
import org.aldea.json.EntityKind;
import org.aldea.json.NdjsonListener;
import org.aldea.json.NdjsonReader;

/** Helpers for NDJSON inputs whose kind is only known from their header. */
final class Ndjson {
  private Ndjson() {}

  /** Reads every entity of an NDJSON stream of a kind into a dataset builder. */
  static void readInto(AldeaJson json, InputStream in, EntityKind<?> kind, NdjsonListener listener,
      Dataset.Builder dataset) {
    try (NdjsonReader<?> reader = json.readNdjson(in, kind, listener)) {
      readInto(reader, dataset);
    }
  }

  /** Reads the remaining entities of a reader into a dataset builder. */
  static void readInto(NdjsonReader<?> reader, Dataset.Builder dataset) {
    reader.forEachRemaining(entity -> add(dataset, entity));
  }

  /** Adds an entity to the list of its kind. */
  static void add(Dataset.Builder dataset, Object entity) {
    if (entity instanceof Location) {
      dataset.addLocations((Location) entity);
    } else if (entity instanceof SocialCentre) {
      dataset.addSocialCentres((SocialCentre) entity);
    } else if (entity instanceof FamilyStrengtheningProgramme) {
      dataset.addProgrammes((FamilyStrengtheningProgramme) entity);
    } else if (entity instanceof ChildrensVillage) {
      dataset.addVillages((ChildrensVillage) entity);
    } else if (entity instanceof SosFamily) {
      dataset.addFamilies((SosFamily) entity);
    } else if (entity instanceof Child) {
      dataset.addChildren((Child) entity);
    } else {
      dataset.addOutcomes((Outcome) entity);
    }
  }
}
