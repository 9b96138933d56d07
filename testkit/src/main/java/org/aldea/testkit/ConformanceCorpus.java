package org.aldea.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The conformance corpus of the exchange format, for implementations in any language: valid and
 * invalid documents with a manifest ({@code manifest.json}) that gives, for each file, whether it
 * decodes, the JSON pointer a decoder must report when it does not, the rule it breaks, whether the
 * published JSON Schema accepts it, rejects it or cannot express the rule, and the decode warnings
 * expected.
 *
 * <p>The files are resources of the testkit jar under {@value #RESOURCE_FOLDER}; Aldea's own tests
 * run the whole corpus.
 */
public final class ConformanceCorpus {
  /** The folder of the corpus in the testkit jar. */
  public static final String RESOURCE_FOLDER = "META-INF/aldea/conformance/";

  private ConformanceCorpus() {}

  /**
   * Returns the bytes of the manifest, {@code manifest.json}.
   *
   * @return the manifest, a fresh copy on every call
   */
  public static byte[] manifest() {
    return read("manifest.json");
  }

  /**
   * Returns the bytes of a file of the corpus.
   *
   * @param file a path as the manifest gives it, for example {@code invalid/family-capacity-zero.json}
   * @return the file's bytes
   * @throws IllegalArgumentException if the corpus has no such file
   */
  public static byte[] read(String file) {
    if (file.contains("..")) {
      throw new IllegalArgumentException("not a file of the corpus: " + file);
    }
    try (InputStream in = ConformanceCorpus.class.getResourceAsStream("/" + RESOURCE_FOLDER + file)) {
      if (in == null) {
        throw new IllegalArgumentException("not a file of the corpus: " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
