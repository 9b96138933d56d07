package org.aldea.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.aldea.core.model.Dataset;
import org.aldea.testkit.AldeaGenerators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aldea generate}: synthetic, valid data for load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate a synthetic dataset that breaks no business rule as of 2018-06-19: a document, or a folder"
        + " of NDJSON files written a location at a time, in constant memory, for large loads; the same data"
        + " either way for the same seed.")
final class GenerateCommand extends Aldea.Subcommand {
  /** The output forms. */
  enum Form { json, ndjson }

  @Option(names = "--children", paramLabel = "N", required = true, description = "How many children.")
  int children;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", paramLabel = "FORM", defaultValue = "json", description = "${COMPLETION-CANDIDATES}.")
  Form form;

  @Option(names = "--out", paramLabel = "PATH",
      description = "The document (default: standard output), or the folder, required for ndjson.")
  Path out;

  @Mixin
  Overwrite overwrite;

  @Override
  public Integer call() {
    if (children < 0) {
      terminal.err().println("aldea generate: --children must not be negative");
      return Aldea.USAGE;
    }
    if (form == Form.ndjson && out == null) {
      terminal.err().println("aldea generate: --out FOLDER is required for ndjson");
      return Aldea.USAGE;
    }
    try {
      if (form == Form.json) {
        Writers.document(AldeaGenerators.dataset(seed, children), out, overwrite.force, terminal);
      } else {
        // The same dataset as the document, made and written a location at a time.
        Terminal.Progress progress = terminal.progress("children generated");
        try (Writers.Folder folder = new Writers.Folder(out, overwrite.force)) {
          for (Iterator<Dataset> parts = AldeaGenerators.datasetParts(seed, children); parts.hasNext(); ) {
            Dataset part = parts.next();
            folder.write(part);
            part.children().forEach(child -> progress.step());
          }
        }
        progress.finish();
      }
      return Aldea.OK;
    } catch (IOException | UncheckedIOException e) {
      return cannotWrite(out, e);
    }
  }
}
