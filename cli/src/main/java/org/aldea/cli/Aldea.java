package org.aldea.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aldea.testkit.PeruFixtures;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code aldea} command. Without a subcommand it validates the embedded Peru dataset and prints
 * its summary. Exit codes: 0 no errors (warnings allowed), 1 validation errors, 2 input that could
 * not be read or decoded, 64 usage error. No stack trace reaches the user for bad input.
 */
@Command(name = "aldea", mixinStandardHelpOptions = true, version = "aldea 0.1.0-SNAPSHOT",
    description = "Validate, summarise, convert, anonymise and generate Aldea data (SOS Children's Villages programmes).",
    subcommands = {ValidateCommand.class, SummaryCommand.class, ConvertCommand.class, SchemaCommand.class,
        AnonymiseCommand.class, GenerateCommand.class, AutoComplete.GenerateCompletion.class},
    exitCodeOnInvalidInput = Aldea.USAGE, exitCodeOnExecutionException = Aldea.SOFTWARE)
public final class Aldea implements Callable<Integer> {
  /** Exit code: no errors. */
  static final int OK = 0;
  /** Exit code: the data breaks business rules with severity error. */
  static final int INVALID = 1;
  /** Exit code: the input could not be read or decoded. */
  static final int UNREADABLE = 2;
  /** Exit code: the command line is wrong. */
  static final int USAGE = 64;
  /** Exit code: a failure of the tool itself. */
  static final int SOFTWARE = 70;

  /** Keeps Hibernate Validator's logger configured: a logger without a reference may be collected. */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private final Terminal terminal;

  Aldea(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * Runs the command with the process's streams and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, System.console() != null));
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param interactive whether the streams are a terminal (progress is shown only then)
   * @return the exit code
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean interactive) {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    Terminal terminal = new Terminal(in, out, err, interactive);
    CommandLine command = new CommandLine(new Aldea(terminal), new Factory(terminal));
    command.registerConverter(LocalDate.class, Aldea::date);
    command.getSubcommands().values().forEach(subcommand -> subcommand.getCommandSpec()
        .exitCodeOnInvalidInput(USAGE).exitCodeOnExecutionException(SOFTWARE));
    command.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    command.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    command.setExecutionExceptionHandler((exception, failed, parsed) -> {
      err.println("aldea: internal error: " + exception.getClass().getSimpleName()
          + (exception.getMessage() == null ? "" : ": " + exception.getMessage()));
      return SOFTWARE;
    });
    return command.execute(args);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date YYYY-MM-DD");
    }
  }

  @Override
  public Integer call() {
    int code = new Validation(terminal).validateEmbeddedPeru(PeruFixtures.AS_OF);
    terminal.out().println();
    SummaryCommand.print(PeruFixtures.dataset(), terminal.out());
    return code;
  }

  /** Creates the subcommands with the shared terminal. */
  private static final class Factory implements CommandLine.IFactory {
    private final Terminal terminal;

    Factory(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (Subcommand.class.isAssignableFrom(type)) {
        K command = CommandLine.defaultFactory().create(type);
        ((Subcommand) command).terminal = terminal;
        return command;
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** A subcommand: it gets the terminal from the factory. */
  abstract static class Subcommand implements Callable<Integer> {
    Terminal terminal;

    /** Reports an input that could not be read or decoded, and returns the exit code. */
    int cannotRead(String input, Exception failure) {
      String reason;
      if (failure instanceof org.aldea.json.JsonDecodingException) {
        reason = "cannot decode " + input + ": " + failure.getMessage();
      } else if (failure instanceof java.nio.file.NoSuchFileException) {
        reason = "cannot read " + input + ": no such file or folder";
      } else {
        reason = "cannot read " + input + ": " + failure.getMessage();
      }
      terminal.err().println("aldea: " + reason);
      return UNREADABLE;
    }
  }
}
