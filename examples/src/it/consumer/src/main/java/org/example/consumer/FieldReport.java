package org.example.consumer;

import java.time.LocalDate;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.testkit.PeruFixtures;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.ValidationReport;

/** What a user's code does with Aldea: read a document, validate it, report. */
public final class FieldReport {
  private FieldReport() {}

  /** Reads the Peru document shipped by the testkit, validates it and returns the verdict. */
  public static String verdict() {
    Dataset peru = AldeaJson.create().decodeDataset(new String(PeruFixtures.json(), java.nio.charset.StandardCharsets.UTF_8))
        .value();
    ValidationReport report = AldeaValidator.create(ValidationPolicy.asOf(LocalDate.of(2018, 6, 19))).validate(peru);
    return peru.children().size() + " children, " + report;
  }

  /**
   * Prints the verdict.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(verdict());
  }
}
