package org.aldea.examples;

import java.io.PrintStream;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.privacy.Anonymiser;
import org.aldea.testkit.PeruFixtures;

/**
 * Anonymises data before it leaves the organisation: children's names dropped, birth dates coarsened
 * to the year, every id replaced by a keyed pseudonym, references kept consistent.
 */
public final class AnonymiseForExport {
  private AnonymiseForExport() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Dataset callao = PeruFixtures.part(PeruFixtures.CALLAO);
    Child before = Child.builder().from(callao.children().get(0)).name("A Name Nobody Should See").build();
    Dataset named = Dataset.builder().from(callao).children(java.util.List.of(before)).build();

    Anonymiser anonymiser = Anonymiser.withKey("keep this key secret, and the same across exports");
    Dataset exported = anonymiser.anonymise(named);
    Child after = exported.children().get(0);

    out.println("before: " + before.id() + ", born " + before.born() + ", family "
        + ((org.aldea.core.model.CareSituation.SosFamilyCare) before.care()).family());
    out.println("after:  " + after.id() + ", born " + after.born() + ", family "
        + ((org.aldea.core.model.CareSituation.SosFamilyCare) after.care()).family() + ", named: " + after.name().isPresent());
    out.println("the family is still found: " + exported.family(
        ((org.aldea.core.model.CareSituation.SosFamilyCare) after.care()).family()).isPresent());
  }
}
