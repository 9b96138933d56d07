package org.aldea.cli;

import java.time.LocalDate;
import java.util.Locale;
import org.aldea.validation.ValidationPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aldea validate}: decodes and validates a document, an NDJSON stream or a folder of them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Decode and validate a document, an NDJSON stream (kind from its header) or a folder of per-kind"
        + " NDJSON files. With --format json, standard output holds one JSON object whatever happens.")
final class ValidateCommand extends Aldea.Subcommand {
  @Option(names = "--as-of", paramLabel = "DATE", description = "The reference date, YYYY-MM-DD (default: today).")
  LocalDate asOf;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language of messages: en, es or nb (also no), or any other the library has messages in.")
  String language;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}.")
  Output.Format format;

  @Option(names = "--strict", description = "Refuse properties this version does not know (default: warn and ignore).")
  boolean strict;

  @Option(names = "--tolerant", description = "Skip bad NDJSON lines (reported on stderr; exit 2 at the end) instead of stopping.")
  boolean tolerant;

  @Option(names = "--context", paramLabel = "FILE", description = "A document with the entities an NDJSON stream of children refers to.")
  String context;

  @Parameters(paramLabel = "INPUT", description = "A file, a folder, or - for standard input.")
  String input;

  @Override
  public Integer call() {
    Locale locale = Locale.forLanguageTag(language);
    if (!ValidationPolicy.hasMessagesIn(locale)) {
      return new Output(format, terminal.out(), terminal.err())
          .usageError("aldea validate", "no messages in the language " + language + "; try en, es or nb");
    }
    LocalDate reference = asOf == null ? LocalDate.now() : asOf;
    return new Validation(terminal).configure(reference, locale, format, strict, tolerant)
        .validate(input, context);
  }
}
