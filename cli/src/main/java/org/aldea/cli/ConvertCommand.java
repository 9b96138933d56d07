package org.aldea.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.aldea.core.model.Dataset;
import org.aldea.json.JsonDecodingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aldea convert}: between a document and a folder of per-kind NDJSON files. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Convert a document into a folder of per-kind NDJSON files (locations.ndjson, children.ndjson...),"
        + " or a folder (or one NDJSON file) into a document.")
final class ConvertCommand extends Aldea.Subcommand {
  @Parameters(paramLabel = "INPUT", description = "A document, a folder, an NDJSON file, or - for standard input.")
  String input;

  @Option(names = "--out", paramLabel = "PATH", required = true,
      description = "The folder to write a document's NDJSON files to, or the document to write a folder to.")
  Path out;

  @Mixin
  Overwrite overwrite;

  @Override
  public Integer call() {
    Dataset dataset;
    boolean fromDocument;
    try {
      Sources.Opened opened = Sources.open(input, terminal.in());
      fromDocument = opened.form() == Sources.Form.DOCUMENT;
      dataset = Datasets.load(opened, terminal, Aldea.json(false));
    } catch (JsonDecodingException | FileDecodingException | IOException | UncheckedIOException e) {
      return cannotRead(input, e);
    }
    try {
      if (fromDocument) {
        Writers.folder(dataset, out, overwrite.force);
      } else {
        Writers.document(dataset, out, overwrite.force, terminal);
      }
      return Aldea.OK;
    } catch (IOException | UncheckedIOException e) {
      return cannotWrite(out, e);
    }
  }
}
