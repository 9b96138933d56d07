package org.aldea.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.json.NdjsonWriter;
import org.aldea.testkit.AldeaGenerators;
import org.aldea.testkit.ChildStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aldea generate}: synthetic, valid data for load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate a synthetic dataset that breaks no business rule as of 2018-06-19: a document, or a folder"
        + " of NDJSON files whose children are written as a stream, in constant memory, for large loads.")
final class GenerateCommand extends Aldea.Subcommand {
  /** The output forms. */
  enum Form { json, ndjson }

  @Option(names = "--children", paramLabel = "N", required = true, description = "How many children.")
  long children;

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
    if (children < 0 || form == Form.json && children > Integer.MAX_VALUE) {
      terminal.err().println("aldea generate: --children must be between 0 and " + Integer.MAX_VALUE + " for json");
      return Aldea.USAGE;
    }
    if (form == Form.ndjson && out == null) {
      terminal.err().println("aldea generate: --out FOLDER is required for ndjson");
      return Aldea.USAGE;
    }
    try {
      if (form == Form.json) {
        Writers.document(AldeaGenerators.dataset(seed, (int) children), out, overwrite.force, terminal);
      } else {
        ChildStream stream = ChildStream.of(seed, children);
        Dataset context = stream.context();
        Writers.folder(context, out, overwrite.force);
        Terminal.Progress progress = terminal.progress("children generated");
        try (NdjsonWriter<Child> writer = Writers.ndjson(out, EntityKind.CHILDREN)) {
          for (Child child : stream) {
            writer.write(child);
            progress.step();
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
