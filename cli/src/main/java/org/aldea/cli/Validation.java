package org.aldea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.json.DecodeWarning;
import org.aldea.json.Decoded;
import org.aldea.json.JsonDecodingException;
import org.aldea.json.NdjsonListener;
import org.aldea.json.NdjsonReader;
import org.aldea.testkit.PeruFixtures;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.ChildStreamValidation;
import org.aldea.validation.ValidationPolicy;

/**
 * Decodes an input of any form and validates it. A document is validated whole; a stream of
 * children (an NDJSON file, or the children of a folder) is validated as it is read, against the
 * other entities (the folder's other files, or a context document), in constant memory.
 */
final class Validation {
  private final Terminal terminal;
  private AldeaJson json = AldeaJson.create();
  private Output output;
  private AldeaValidator validator;
  private boolean tolerant;
  private long badLines;

  Validation(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Validates the embedded Peru dataset and prints the verdict. */
  int validateEmbeddedPeru(LocalDate asOf) {
    configure(asOf, Locale.ENGLISH, Output.Format.text, false, false);
    terminal.out().println("The embedded Peru dataset, validated as of " + asOf + ":");
    AldeaValidator.create(ValidationPolicy.asOf(asOf)).validate(PeruFixtures.dataset()).issues().forEach(output::issue);
    return output.finish();
  }

  Validation configure(LocalDate asOf, Locale locale, Output.Format format, boolean strict, boolean tolerant) {
    this.json = AldeaJson.builder().strict(strict).build();
    this.output = new Output(format, terminal.out(), terminal.err());
    this.validator = AldeaValidator.create(ValidationPolicy.builder(asOf).locale(locale).build());
    this.tolerant = tolerant;
    return this;
  }

  /** Validates an input; returns the exit code. */
  int validate(String input, String contextDocument) {
    try {
      Sources.Opened opened = Sources.open(input, terminal.in());
      int code;
      switch (opened.form()) {
        case DOCUMENT:
          code = document(opened.stream());
          break;
        case NDJSON:
          code = ndjson(opened.stream(), contextDocument == null ? Dataset.builder().build() : Datasets.load(contextDocument, terminal, json));
          break;
        default:
          code = folder(opened.folder());
      }
      return badLines > 0 ? Aldea.UNREADABLE : code;
    } catch (JsonDecodingException e) {
      return output.decodeError(input, e);
    } catch (NoSuchFileException e) {
      terminal.err().println("aldea: cannot read " + e.getFile() + ": no such file or folder");
      return Aldea.UNREADABLE;
    } catch (IOException | UncheckedIOException e) {
      terminal.err().println("aldea: cannot read " + input + ": " + e.getMessage());
      return Aldea.UNREADABLE;
    }
  }

  private int document(InputStream in) {
    Decoded<Dataset> decoded = json.decodeDataset(in);
    decoded.warnings().forEach(output::warning);
    validator.validate(decoded.value()).issues().forEach(output::issue);
    return output.finish();
  }

  /** Validates an NDJSON stream of any kind: children as a stream, other kinds as a dataset. */
  private int ndjson(InputStream in, Dataset context) {
    try (NdjsonReader<?> reader = json.readNdjson(in, listener())) {
      if (reader.kind() == EntityKind.CHILDREN) {
        streamChildren(reader.as(EntityKind.CHILDREN), context);
      } else {
        Dataset.Builder dataset = Dataset.builder().from(context);
        Ndjson.readInto(reader, dataset);
        validator.validate(dataset.build()).issues().forEach(output::issue);
      }
    }
    return output.finish();
  }

  /** Validates a folder: every kind but children as a dataset, then the children as a stream. */
  private int folder(Path folder) throws IOException {
    Dataset.Builder context = Dataset.builder();
    for (EntityKind<?> kind : EntityKind.values()) {
      Path file = Sources.file(folder, kind);
      if (kind != EntityKind.CHILDREN && Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          Ndjson.readInto(json, in, kind, listener(), context);
        } catch (JsonDecodingException e) {
          return output.decodeError(file.toString(), e);
        }
      }
    }
    Dataset entities = context.build();
    validator.validate(entities).issues().forEach(output::issue);
    Path children = Sources.file(folder, EntityKind.CHILDREN);
    if (Files.isRegularFile(children)) {
      try (NdjsonReader<Child> reader = json.readNdjson(Files.newInputStream(children), EntityKind.CHILDREN, listener())) {
        streamChildren(reader, entities);
      } catch (JsonDecodingException e) {
        return output.decodeError(children.toString(), e);
      }
    }
    return output.finish();
  }

  private void streamChildren(NdjsonReader<Child> children, Dataset context) {
    ChildStreamValidation validation = validator.validateChildren(context, output::issue);
    Terminal.Progress progress = terminal.progress("children validated");
    while (children.hasNext()) {
      validation.accept(children.next());
      progress.step();
    }
    validation.finish();
    progress.finish();
  }

  private NdjsonListener listener() {
    return new NdjsonListener() {
      @Override
      public void onWarning(DecodeWarning warning) {
        output.warning(warning);
      }

      @Override
      public void onBadLine(JsonDecodingException error) {
        if (!tolerant) {
          throw error;
        }
        badLines++;
        output.badLine(error);
      }
    };
  }
}
