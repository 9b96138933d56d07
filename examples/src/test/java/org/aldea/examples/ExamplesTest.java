package org.aldea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every example runs and prints what its javadoc promises. */
class ExamplesTest {
  private static String output(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validateAndReportFindsTheOverFullFamilyInSpanish() {
    assertThat(output(ValidateAndReport::run))
        .contains("/families/0 family.over_capacity: En la familia jul-f01 viven 19 niños, pero solo tiene 9 plazas.")
        .contains("invalid: 1 error, 0 warnings")
        .contains("{\"valid\":false,\"errorCount\":1,");
  }

  @Test
  void exchangeJsonRoundTripsWarnsAndRefuses() {
    assertThat(output(ExchangeJson::run))
        .contains("reads back equal")
        .contains("warning json.unknown_property at /funding")
        .contains("refused: /families/0/capacity (line 2, column 85): must be between 1 and 15");
  }

  @Test
  void streamLargeNdjsonValidatesEveryChild() {
    assertThat(output(out -> {
      try {
        StreamLargeNdjson.run(out, 10_000);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    })).contains("wrote 10000 children").contains("read and validated 10000 children: 0 errors, 0 warnings");
  }

  @Test
  void anonymiseForExportHidesTheNameAndKeepsTheReference() {
    String output = output(AnonymiseForExport::run);
    assertThat(output).doesNotContain("A Name Nobody Should See").contains("named: false")
        .contains("the family is still found: true").contains("born 2001, family cal-f01").containsPattern("after:  p[0-9a-f]{24}, born 2001, family p");
  }
}
