package org.aldea.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aldea.core.description.Model;
import org.aldea.core.id.LocationId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Location;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.json.JsonDecodingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code aldea summary}: a table per location: centres, programmes, villages, families and their
 * occupancy, children by care situation, and the latest outcome of each indicator. A child counts
 * for the location of the family or programme its care situation names; children whose situation
 * names neither (kinship care, follow-up, left care) are counted apart: format 1.0 cannot say
 * where they are followed, and guessing (from an id, a sibling) would be wrong. The format's
 * changelog proposes {@code followedBy} for 1.1.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, description = "Print a table per location of a dataset.")
final class SummaryCommand extends Aldea.Subcommand {
  private static final String[] CARE_TYPES = {"sos_family", "family_of_origin", "kinship_care", "youth_follow_up", "left_care"};

  @Parameters(paramLabel = "INPUT", description = "A document, an NDJSON file, a folder, or - for standard input.")
  String input;

  @Override
  public Integer call() {
    try {
      print(Datasets.load(input, terminal, Aldea.json(false)), terminal.out());
      return Aldea.OK;
    } catch (JsonDecodingException | FileDecodingException | IOException | UncheckedIOException e) {
      return cannotRead(input, e);
    }
  }

  /** Prints the summary of a dataset. */
  static void print(Dataset dataset, PrintStream out) {
    Map<String, String> locationOf = new HashMap<>();
    dataset.socialCentres().forEach(centre -> locationOf.putIfAbsent(centre.id().value(), centre.location().value()));
    dataset.programmes().forEach(programme -> locationOf.putIfAbsent(programme.id().value(), programme.location().value()));
    dataset.villages().forEach(village -> locationOf.putIfAbsent(village.id().value(), village.location().value()));
    dataset.families().forEach(family -> locationOf.putIfAbsent(family.id().value(),
        locationOf.get(family.village().value())));
    dataset.locations().forEach(location -> locationOf.putIfAbsent(location.id().value(), location.id().value()));
    Map<String, Map<String, Integer>> care = new HashMap<>();
    for (Child child : dataset.children()) {
      String location = locationOf.get(careReference(child.care()));
      care.computeIfAbsent(location == null ? "" : location, key -> new LinkedHashMap<>())
          .merge(careType(child.care()), 1, Integer::sum);
    }
    for (Location location : dataset.locations()) {
      String id = location.id().value();
      out.println("== " + location.name() + " (" + id + "), " + location.region() + ", " + location.country());
      List<SocialCentre> centres = inLocation(dataset.socialCentres(), SocialCentre::location, location.id());
      List<FamilyStrengtheningProgramme> programmes =
          inLocation(dataset.programmes(), FamilyStrengtheningProgramme::location, location.id());
      List<ChildrensVillage> villages = inLocation(dataset.villages(), ChildrensVillage::location, location.id());
      List<SosFamily> families = dataset.families().stream().filter(f -> id.equals(locationOf.get(f.id().value()))).toList();
      row(out, "Social centres", centres.size() + names(centres.stream().map(SocialCentre::name).toList()));
      row(out, "Programmes", programmes.size() + names(programmes.stream().map(FamilyStrengtheningProgramme::name).toList()));
      row(out, "Villages", villages.size() + names(villages.stream().map(ChildrensVillage::name).toList()));
      int children = families.stream().mapToInt(family -> dataset.occupancy(family.id())).sum();
      int places = families.stream().mapToInt(SosFamily::capacity).sum();
      row(out, "SOS families", families.size() + (families.isEmpty() ? "" : ", " + children + " children in " + places + " places"));
      row(out, "Children by care", careCounts(care.get(id)));
      Set<String> subjects = new java.util.HashSet<>();
      subjects.add(id);
      centres.forEach(c -> subjects.add(c.id().value()));
      programmes.forEach(p -> subjects.add(p.id().value()));
      villages.forEach(v -> subjects.add(v.id().value()));
      List<Outcome> latest = latestPerIndicator(dataset.outcomes().stream()
          .filter(outcome -> subjects.contains(outcome.subject().value())).toList());
      if (latest.isEmpty()) {
        row(out, "Latest outcomes", "none");
      }
      for (int i = 0; i < latest.size(); i++) {
        Outcome outcome = latest.get(i);
        row(out, i == 0 ? "Latest outcomes" : "", outcome.period() + "  " + outcome.indicator() + "  "
            + measure(outcome.measure()) + "  (" + outcome.subject() + ")");
      }
      out.println();
    }
    if (care.containsKey("")) {
      // Format 1.0 cannot say where they are followed: docs/format/CHANGELOG.md, proposed for 1.1.
      out.println("== Children whose care situation names no place (kinship care, youth follow-up, left care)");
      row(out, "Children by care", careCounts(care.get("")));
    }
  }

  private static <T> List<T> inLocation(List<T> entities, java.util.function.Function<T, LocationId> location, LocationId id) {
    return entities.stream().filter(entity -> location.apply(entity).equals(id)).toList();
  }

  private static String careReference(CareSituation care) {
    if (care instanceof CareSituation.SosFamilyCare) {
      return ((CareSituation.SosFamilyCare) care).family().value();
    }
    if (care instanceof CareSituation.FamilyOfOriginCare) {
      return ((CareSituation.FamilyOfOriginCare) care).programme().value();
    }
    return null;
  }

  private static String careType(CareSituation care) {
    return Model.CARE.variantOf(care).tag();
  }

  private static String careCounts(Map<String, Integer> counts) {
    if (counts == null) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    for (String type : CARE_TYPES) {
      if (counts.containsKey(type)) {
        text.append(text.length() == 0 ? "" : ", ").append(type).append(' ').append(counts.get(type));
      }
    }
    return text.toString();
  }

  private static List<Outcome> latestPerIndicator(List<Outcome> outcomes) {
    Map<String, Outcome> latest = new LinkedHashMap<>();
    for (Outcome outcome : outcomes) {
      latest.merge(outcome.indicator().value(), outcome,
          (kept, other) -> other.period().compareTo(kept.period()) > 0 ? other : kept);
    }
    return latest.values().stream().sorted(Comparator.comparing(Outcome::period).reversed()
        .thenComparing(outcome -> outcome.indicator().value())).collect(Collectors.toList());
  }

  private static String measure(Measure measure) {
    StringBuilder text = new StringBuilder();
    measure.count().ifPresent(count -> text.append(count));
    measure.outOf().ifPresent(total -> text.append(" of ").append(total));
    measure.percent().ifPresent(percent -> text.append(text.length() == 0 ? "" : " ").append('(').append(percent)
        .append("%)"));
    return text.toString();
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "" : ": " + String.join(", ", names);
  }

  private static void row(PrintStream out, String label, String value) {
    out.printf("  %-18s %s%n", label, value);
  }
}
