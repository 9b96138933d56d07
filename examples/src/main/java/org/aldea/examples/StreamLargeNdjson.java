package org.aldea.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.json.AldeaJson;
import org.aldea.json.NdjsonReader;
import org.aldea.json.NdjsonWriter;
import org.aldea.testkit.ChildStream;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.ChildStreamValidation;
import org.aldea.validation.StreamSummary;
import org.aldea.validation.ValidationPolicy;

/**
 * Streams a large NDJSON file of children: writes 200,000 generated children to a temporary file,
 * then reads and validates them one line at a time against their families, in constant memory.
 */
public final class StreamLargeNdjson {
  private StreamLargeNdjson() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args optionally, how many children (default 200,000)
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    run(System.out, args.length > 0 ? Long.parseLong(args[0]) : 200_000);
  }

  static void run(PrintStream out, long size) throws IOException {
    AldeaJson json = AldeaJson.create();
    ChildStream children = ChildStream.of(42, size);
    Path file = Files.createTempFile("children", ".ndjson");
    try {
      try (OutputStream stream = Files.newOutputStream(file);
          NdjsonWriter<Child> writer = json.writeNdjson(new java.io.BufferedOutputStream(stream), EntityKind.CHILDREN)) {
        children.forEach(writer::write);
      }
      out.println("wrote " + size + " children, " + Files.size(file) / 1024 + " KiB");

      AldeaValidator validator = AldeaValidator.create(ValidationPolicy.asOf(LocalDate.of(2018, 6, 19)));
      ChildStreamValidation validation = validator.validateChildren(children.context(),
          issue -> out.println(issue));
      try (InputStream stream = Files.newInputStream(file);
          NdjsonReader<Child> reader = json.readNdjson(stream, EntityKind.CHILDREN)) {
        reader.forEachRemaining(validation::accept);
      }
      StreamSummary summary = validation.finish();
      out.println("read and validated " + summary.children() + " children: " + summary.errorCount() + " errors, "
          + summary.warningCount() + " warnings");
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
