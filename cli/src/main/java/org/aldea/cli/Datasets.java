package org.aldea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.json.DecodeWarning;
import org.aldea.json.Decoded;
import org.aldea.json.NdjsonListener;
import org.aldea.json.NdjsonReader;

/** Reads a whole dataset into memory from an input of any form. */
final class Datasets {
  private Datasets() {}

  /**
   * Reads a document, an NDJSON stream of one kind, or a folder of per-kind NDJSON files; decode
   * warnings go to standard error. A bad line is pointed to as in a document; a failure in a
   * folder's file is a {@link FileDecodingException}.
   */
  static Dataset load(String input, Terminal terminal, AldeaJson json) throws IOException {
    return load(Sources.open(input, terminal.in()), terminal, json);
  }

  /** Reads an opened input; decode warnings go to standard error. */
  static Dataset load(Sources.Opened opened, Terminal terminal, AldeaJson json) throws IOException {
    return load(opened, json, warning -> terminal.err().println(Output.describe(warning)));
  }

  /** Reads an opened input, telling each decode warning. */
  static Dataset load(Sources.Opened opened, AldeaJson json, Consumer<DecodeWarning> warnings) throws IOException {
    NdjsonListener listener = new NdjsonListener() {
      @Override
      public void onWarning(DecodeWarning warning) {
        warnings.accept(warning);
      }
    };
    switch (opened.form()) {
      case DOCUMENT:
        try (InputStream in = opened.stream()) {
          Decoded<Dataset> decoded = json.decodeDataset(in);
          decoded.warnings().forEach(warnings);
          return decoded.value();
        }
      case NDJSON:
        Dataset.Builder one = Dataset.builder();
        try (NdjsonReader<?> reader = json.readNdjson(opened.stream(), listener)) {
          Ndjson.readInto(reader, one);
        }
        return one.build();
      default:
        Dataset.Builder all = Dataset.builder();
        for (EntityKind<?> kind : EntityKind.values()) {
          Path file = Sources.file(opened.folder(), kind);
          if (Files.isRegularFile(file)) {
            Ndjson.readFile(json, file, kind, listener, reader -> Ndjson.readInto(reader, all));
          }
        }
        return all.build();
    }
  }
}
