package org.aldea.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.testkit.PeruFixtures;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.Issue;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.ValidationReport;

/**
 * Validates data read from outside: a Juliaca family made over-full, as a report might send it.
 * The model represents the state; the validator reports it, in Spanish, with its JSON pointer.
 */
public final class ValidateAndReport {
  private ValidateAndReport() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Dataset juliaca = PeruFixtures.part(PeruFixtures.JULIACA);
    // Move every child of the programme into the first family: eleven places too many.
    Dataset overFull = Dataset.builder().from(juliaca).children(juliaca.children().stream()
        .map(child -> child.care() instanceof CareSituation.FamilyOfOriginCare
            ? Child.builder().from(child).care(new CareSituation.SosFamilyCare(juliaca.families().get(0).id(),
                child.care().date())).build()
            : child)
        .toList()).build();

    ValidationPolicy policy = ValidationPolicy.builder(LocalDate.of(2018, 6, 19))
        .locale(Locale.forLanguageTag("es"))
        .build();
    ValidationReport report = AldeaValidator.create(policy).validate(overFull);

    List<Issue> overCapacity = report.issues(Rule.FAMILY_OVER_CAPACITY);
    overCapacity.forEach(issue -> out.println(issue.pointer() + " " + issue.code() + ": " + issue.message()));
    out.println(report);
    out.println(report.toJson());
  }
}
