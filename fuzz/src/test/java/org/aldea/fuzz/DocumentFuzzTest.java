package org.aldea.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.aldea.core.model.Dataset;
import org.aldea.json.Decoded;

/** Fuzzes the decoding of whole documents from bytes. */
class DocumentFuzzTest {
  @FuzzTest
  void decodeDocument(byte[] input) {
    Decoded<Dataset> tolerant = Invariants.decode(Invariants.JSON, input, Dataset.class);
    Decoded<Dataset> strict = Invariants.decode(Invariants.STRICT, input, Dataset.class);
    if (strict != null && (tolerant == null || !strict.value().equals(tolerant.value()))) {
      throw new AssertionError("the strict reader accepts what the tolerant one does not");
    }
    if (tolerant != null) {
      Invariants.assertRoundTrip(tolerant.value(), Dataset.class);
    }
  }
}
