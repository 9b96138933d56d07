package org.aldea.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.aldea.core.model.Dataset;
import org.aldea.core.privacy.Anonymiser;
import org.aldea.json.JsonDecodingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aldea anonymise}: names dropped, dates about children coarsened, keyed pseudonyms for every id. */
@Command(name = "anonymise", mixinStandardHelpOptions = true,
    description = "Anonymise a dataset for export: drop children's names, coarsen birth dates to the year and"
        + " other dates about a child to the month, and replace every id by a keyed pseudonym (same key, same pseudonym; references stay consistent).")
final class AnonymiseCommand extends Aldea.Subcommand {
  @Option(names = "--key", paramLabel = "KEY", required = true, description = "The secret key, at least 16 characters.")
  String key;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the document (default: standard output).")
  Path out;

  @Parameters(paramLabel = "INPUT", description = "A document, a folder, an NDJSON file, or - for standard input.")
  String input;

  @Mixin
  Overwrite overwrite;

  @Override
  public Integer call() {
    Anonymiser anonymiser;
    try {
      anonymiser = Anonymiser.withKey(key);
    } catch (IllegalArgumentException e) {
      terminal.err().println("aldea anonymise: " + e.getMessage());
      return Aldea.USAGE;
    }
    Dataset dataset;
    try {
      dataset = Datasets.load(input, terminal, Aldea.json(false));
    } catch (JsonDecodingException | FileDecodingException | IOException | UncheckedIOException e) {
      return cannotRead(input, e);
    }
    try {
      Writers.document(anonymiser.anonymise(dataset), out, overwrite.force, terminal);
      return Aldea.OK;
    } catch (IOException | UncheckedIOException e) {
      return cannotWrite(out, e);
    }
  }
}
