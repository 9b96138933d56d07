package org.aldea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
import org.aldea.validation.Issue;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.ValidationReport;

/**
 * Decodes an input of any form and validates it. A document is validated whole; a stream of
 * children (an NDJSON file, or the children of a folder) is validated as it is read, against the
 * other entities (the folder's other files, or a context document), in constant memory.
 */
final class Validation {
  private final Terminal terminal;
  private AldeaJson json;
  private Output output;
  private AldeaValidator validator;
  private boolean tolerant;
  private long badLines;
  /** The kind of the stream being read, null before its first entity (in its header). */
  private EntityKind<?> streamKind;
  /** How many entities of the stream have been read: the index of the next one. */
  private long streamIndex;

  Validation(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Validates the embedded Peru dataset and prints the verdict. */
  int validateEmbeddedPeru(LocalDate asOf) {
    configure(asOf, Locale.ENGLISH, Output.Format.text, false, false);
    terminal.out().println("The embedded Peru dataset, validated as of " + asOf + ":");
    validator.validate(PeruFixtures.dataset()).issues().forEach(output::issue);
    return output.finish();
  }

  Validation configure(LocalDate asOf, Locale locale, Output.Format format, boolean strict, boolean tolerant) {
    this.json = Aldea.json(strict);
    this.output = new Output(format, terminal.out(), terminal.err());
    this.validator = Aldea.validator(ValidationPolicy.builder(asOf).locale(locale).build());
    this.tolerant = tolerant;
    return this;
  }

  /**
   * Validates an input; returns the exit code. A stream of children is validated against a context:
   * the context document or folder if one is given (its own children left out: the stream is the
   * children), else the other files of the stream's folder.
   */
  int validate(String input, String contextInput) {
    Sources.Opened opened;
    try {
      opened = Sources.open(input, terminal.in());
    } catch (IOException | UncheckedIOException e) {
      return output.cannotRead(input, Reasons.of(e));
    }
    if (contextInput != null && opened.form() != Sources.Form.NDJSON) {
      return output.usageError("aldea validate", "--context is for an NDJSON stream of children; a "
          + (opened.form() == Sources.Form.FOLDER ? "folder" : "document") + " holds its own context");
    }
    String reading = input;
    try {
      int code;
      switch (opened.form()) {
        case DOCUMENT:
          code = document(opened.stream());
          break;
        case NDJSON:
          Path stream = input.equals(Sources.STDIN) ? null : Path.of(input).toAbsolutePath();
          Path contextPath = contextInput != null ? Path.of(contextInput)
              : stream == null ? null : stream.getParent();
          reading = contextPath == null ? input : contextPath.toString();
          Dataset context = context(contextPath, contextInput != null, stream);
          reading = input;
          code = ndjson(opened.stream(), context);
          break;
        default:
          code = folder(opened.folder());
      }
      return badLines > 0 ? Aldea.UNREADABLE : code;
    } catch (FileDecodingException e) {
      return output.decodeError(e.file, e.error);
    } catch (JsonDecodingException e) {
      return output.decodeError(reading, e);
    } catch (IOException | UncheckedIOException e) {
      return output.cannotRead(reading, Reasons.of(e));
    }
  }

  /**
   * Reads the context of a stream: every entity of a document, a stream or a folder but children,
   * and but the stream itself when it is in that folder. A folder named with {@code --context} must
   * hold a file of another kind; the stream's own folder may hold none. Its decode warnings are the
   * report's.
   *
   * @param input the context, or null for none (a stream from standard input without one)
   * @param stream the stream's file, or null for standard input
   */
  private Dataset context(Path input, boolean named, Path stream) throws IOException {
    if (input == null) {
      return Dataset.builder().build();
    }
    if (Files.isDirectory(input)) {
      List<EntityKind<?>> kinds = entityFiles(input, stream);
      if (named && kinds.isEmpty()) {
        throw new IOException("the folder holds none of " + EntityKind.values().stream()
            .filter(kind -> kind != EntityKind.CHILDREN).map(kind -> kind.wireName() + ".ndjson")
            .collect(Collectors.joining(", ")));
      }
      return readFiles(input, kinds);
    }
    Dataset whole = Datasets.load(Sources.open(input.toString(), terminal.in()), json, output::warning);
    return Dataset.builder().from(whole).children(List.of()).build();
  }

  /** The kinds but children whose file a folder holds, but for an excluded file (a stream's own), if any. */
  private static List<EntityKind<?>> entityFiles(Path folder, Path excluded) throws IOException {
    List<EntityKind<?>> kinds = new ArrayList<>();
    for (EntityKind<?> kind : EntityKind.values()) {
      Path file = Sources.file(folder, kind);
      if (kind != EntityKind.CHILDREN && Files.isRegularFile(file)
          && (excluded == null || !Files.isSameFile(file, excluded))) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /** Reads the files of some kinds in a folder into a dataset; a decoding failure names its file. */
  private Dataset readFiles(Path folder, List<EntityKind<?>> kinds) throws IOException {
    Dataset.Builder dataset = Dataset.builder();
    for (EntityKind<?> kind : kinds) {
      Ndjson.readFile(json, Sources.file(folder, kind), kind, listener(), reader -> readAll(reader, dataset));
    }
    return dataset.build();
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
        readAll(reader, dataset);
        validator.validate(dataset.build()).issues().forEach(output::issue);
      }
    }
    return output.finish();
  }

  /**
   * Validates a folder: every kind but children as a dataset, then the children as a stream. The
   * dataset is checked on a worker while the stream starts (the main thread would otherwise check it
   * with the workers idle); its issues are given before the stream's all the same.
   */
  private int folder(Path folder) throws IOException {
    Dataset entities = readFiles(folder, entityFiles(folder, null));
    Path children = Sources.file(folder, EntityKind.CHILDREN);
    if (!Files.isRegularFile(children)) {
      validator.validate(entities).issues().forEach(output::issue);
      return output.finish();
    }
    EntityIssues entityIssues = new EntityIssues(entities);
    try {
      Ndjson.readFile(json, children, EntityKind.CHILDREN, listener(), reader -> streamChildren(reader, entities,
          issue -> {
            entityIssues.give();
            output.issue(issue);
          }));
    } finally {
      entityIssues.give();
    }
    return output.finish();
  }

  /** The issues of a folder's other entities, validated on a worker, and given once. */
  private final class EntityIssues {
    private final FutureTask<ValidationReport> validation;
    private boolean given;

    EntityIssues(Dataset entities) {
      validation = new FutureTask<>(() -> validator.validate(entities));
      Aldea.WORKERS.execute(validation);
    }

    /** Gives the issues, once: when the worker is done, or run here if no worker has started it. */
    void give() {
      if (given) {
        return;
      }
      given = true;
      validation.run(); // does nothing if a worker has started it
      try {
        validation.get().issues().forEach(output::issue);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while validating", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Error) {
          throw (Error) e.getCause();
        }
        throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
            : new IllegalStateException(e.getCause());
      }
    }
  }

  private void streamChildren(NdjsonReader<Child> children, Dataset context) {
    streamChildren(children, context, output::issue);
  }

  private void streamChildren(NdjsonReader<Child> children, Dataset context, Consumer<Issue> issues) {
    ChildStreamValidation validation = validator.validateChildren(context, issues);
    Terminal.Progress progress = terminal.progress("children validated");
    startStream(EntityKind.CHILDREN);
    while (hasNext(children)) {
      validation.accept(children.next());
      streamIndex++;
      progress.step();
    }
    streamKind = null;
    validation.finish();
    progress.finish();
  }

  /** Reads the remaining entities of a stream into a dataset. */
  private <T> void readAll(NdjsonReader<T> reader, Dataset.Builder dataset) {
    EntityKind<T> kind = reader.kind();
    startStream(kind);
    while (hasNext(reader)) {
      kind.addTo(dataset, reader.next());
      streamIndex++;
    }
    streamKind = null;
  }

  private void startStream(EntityKind<?> kind) {
    streamKind = kind;
    streamIndex = 0;
  }

  /** Reads up to the next entity of a stream, its errors pointed to as in a document. */
  private boolean hasNext(NdjsonReader<?> reader) {
    try {
      return reader.hasNext();
    } catch (JsonDecodingException e) {
      throw inStream(e);
    }
  }

  /** Points to a bad line of the stream being read as a document would ({@link Ndjson#inDocument}). */
  private JsonDecodingException inStream(JsonDecodingException e) {
    return streamKind == null ? e : Ndjson.inDocument(streamKind, streamIndex, e);
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
        output.badLine(inStream(error));
      }
    };
  }
}
