package org.aldea.examples;

import java.io.PrintStream;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.json.Decoded;
import org.aldea.json.JsonDecodingException;
import org.aldea.testkit.PeruFixtures;

/**
 * Exchanges JSON with another system: writes the Cuzco part of the Peru dataset canonically, reads
 * a document from a newer minor version (its unknown property becomes a warning), and shows what a
 * malformed document gets: the pointer, line and column of the offending value.
 */
public final class ExchangeJson {
  private ExchangeJson() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    AldeaJson json = AldeaJson.builder().pretty(true).build();
    Dataset cuzco = PeruFixtures.part(PeruFixtures.CUZCO);
    String document = json.encode(cuzco);
    out.println("Cuzco as canonical JSON: " + document.length() + " characters, "
        + (json.decodeDataset(document).value().equals(cuzco) ? "reads back equal" : "DIFFERS"));

    Decoded<Dataset> newer = json.decodeDataset("{\"schemaVersion\":\"1.1\",\"funding\":{\"donors\":3}}");
    newer.warnings().forEach(warning -> out.println("warning " + warning.code() + " at " + warning.pointer()));

    try {
      json.decodeDataset("{\"schemaVersion\":\"1.0\",\n \"families\":[{\"id\":\"f1\",\"village\":\"v1\","
          + "\"caregiver\":{\"role\":\"sos_mother\"},\"capacity\":20}]}");
    } catch (JsonDecodingException refused) {
      out.println("refused: " + refused.getMessage());
    }
  }
}
