package org.aldea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.aldea.json.AldeaJson;
import org.aldea.testkit.PeruFixtures;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.ValidationPolicy;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code aldea} command. Without a subcommand it validates the embedded Peru dataset and prints
 * its summary. Exit codes: 0 no errors (warnings allowed), 1 validation errors, 2 input that could
 * not be read or decoded, 64 usage error. No stack trace reaches the user for bad input.
 */
@Command(name = "aldea", mixinStandardHelpOptions = true, versionProvider = Aldea.Version.class,
    description = {
        "Validate, summarise, convert, anonymise and generate Aldea data (SOS Children's Villages programmes).",
        "Without a command: validate the embedded Peru dataset as of 2018-06-19 and print its summary."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no errors (warnings allowed)", "1:validation errors", "2:an input could not be read or decoded,"
        + " or an output not written", "64:usage error", "70:internal error"},
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

  /**
   * The subcommands. A run builds only those it may need ({@link #subcommandsFor}): picocli reads
   * every subcommand's annotations as it starts, which took a fifth of the main job's time.
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, SummaryCommand.class,
      ConvertCommand.class, SchemaCommand.class, AnonymiseCommand.class, GenerateCommand.class,
      AutoComplete.GenerateCompletion.class);

  /**
   * A thread per core beside the main thread: they decode the lines of NDJSON streams, check the
   * per-entity rules while the main thread checks the cross-entity ones, and validate a folder's
   * other entities while its children are read. Daemon threads, made when first needed: nothing to
   * shut down.
   */
  static final Executor WORKERS = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
      task -> {
        Thread thread = new Thread(task, "aldea-worker");
        thread.setDaemon(true);
        return thread;
      });

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
    // No Groovy closures in annotations here: picocli looks for Groovy's Closure class otherwise,
    // through every jar of the class path, for each command it makes.
    System.setProperty("picocli.disable.closures", "true");
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
    Terminal terminal = new Terminal(in, out, err, interactive);
    CommandLine command = new CommandLine(new Aldea(terminal), new Factory(terminal));
    // A loop, not a method reference: a lambda of picocli's methods links them (see Failures).
    for (Class<?> subcommand : subcommandsFor(args)) {
      command.addSubcommand(subcommand);
    }
    command.registerConverter(LocalDate.class, new DateConverter());
    CommandLine.Model.CommandSpec root = command.getCommandSpec();
    for (CommandLine subcommand : command.getSubcommands().values()) {
      CommandLine.Model.CommandSpec spec = subcommand.getCommandSpec()
          .exitCodeOnInvalidInput(USAGE).exitCodeOnExecutionException(SOFTWARE)
          .versionProvider(root.versionProvider());
      spec.usageMessage().exitCodeListHeading(root.usageMessage().exitCodeListHeading())
          .exitCodeList(root.usageMessage().exitCodeList());
    }
    Failures failures = new Failures(out, err);
    command.setParameterExceptionHandler(failures);
    command.setExecutionExceptionHandler(failures);
    command.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    command.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return command.execute(args);
  }

  /** {@return how the command reads JSON: NDJSON decoded on every core; strict or not} */
  static AldeaJson json(boolean strict) {
    return AldeaJson.builder().strict(strict).ndjsonExecutor(WORKERS).build();
  }

  /** {@return how the command validates: the per-entity rules beside the cross-entity ones} */
  static AldeaValidator validator(ValidationPolicy policy) {
    return AldeaValidator.create(policy, WORKERS);
  }

  /**
   * The subcommands a command line may need: the one it starts with; none for the main job (no
   * arguments); else all of them, for help and suggestions, and for completion, which describes them.
   */
  static List<Class<?>> subcommandsFor(String... args) {
    if (args.length == 0) {
      return List.of();
    }
    return SUBCOMMANDS.stream().filter(type -> type.getAnnotation(Command.class).name().equals(args[0]))
        .filter(type -> type != AutoComplete.GenerateCompletion.class)
        .findFirst().map(List::<Class<?>>of).orElse(SUBCOMMANDS);
  }

  @Override
  public Integer call() {
    int code = new Validation(terminal).validateEmbeddedPeru(PeruFixtures.AS_OF);
    terminal.out().println();
    SummaryCommand.print(PeruFixtures.dataset(), terminal.out());
    return code;
  }

  /** The version, as the build wrote it into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Aldea.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"aldea " + properties.getProperty("version", "(unknown version)")};
    }
  }

  /**
   * What the command does with a wrong command line and with a failure of its own. Classes rather
   * than lambdas: a lambda of picocli's interfaces, of Java 5's class-file version, links them as
   * the class-data archive is made, and a linked class that old is left out of it, with picocli's
   * {@code CommandLine} (72 KB) that depends on them.
   */
  private static final class Failures
      implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    private final PrintStream out;
    private final PrintStream err;

    Failures(PrintStream out, PrintStream err) {
      this.out = out;
      this.err = err;
    }

    /**
     * Reports a wrong command line: the problem, naming only the first unknown option when there
     * are unknown arguments (picocli lists every argument after it, the input file too), and how to
     * get help; with {@code --format json}, standard output holds one JSON object too.
     */
    @Override
    public int handleParseException(CommandLine.ParameterException problem, String[] arguments) {
      CommandLine failed = problem.getCommandLine();
      String message = problem.getMessage();
      if (problem instanceof CommandLine.UnmatchedArgumentException) {
        List<String> unmatched = ((CommandLine.UnmatchedArgumentException) problem).getUnmatched();
        message = unmatched.stream().filter(argument -> argument.startsWith("-") && !argument.equals(Sources.STDIN))
            .findFirst().map(option -> "unknown option " + option)
            .orElse("unexpected argument " + (unmatched.isEmpty() ? "" : unmatched.get(0)));
      }
      PrintWriter failedErr = failed.getErr();
      failedErr.println(failed.getCommandSpec().qualifiedName() + ": " + message);
      CommandLine.UnmatchedArgumentException.printSuggestions(problem, failedErr);
      failedErr.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      if (asksForJson(arguments)) {
        out.println(Output.usageError(message));
      }
      return USAGE;
    }

    private static boolean asksForJson(String[] arguments) {
      List<String> list = Arrays.asList(arguments);
      int format = list.indexOf("--format");
      return list.contains("--format=json")
          || format >= 0 && format + 1 < list.size() && list.get(format + 1).equals("json");
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine failed, CommandLine.ParseResult parsed) {
      err.println("aldea: internal error: " + exception.getClass().getSimpleName()
          + (exception.getMessage() == null ? "" : ": " + exception.getMessage()));
      return SOFTWARE;
    }
  }

  /** Reads a date of the command line: {@code YYYY-MM-DD}. A class, as {@link Failures} says why. */
  private static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + text + "' is not a date YYYY-MM-DD");
      }
    }
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

    /**
     * Reports an input that could not be read or decoded, naming the file of a folder a failure is
     * in, and returns the exit code.
     */
    int cannotRead(String input, Exception failure) {
      if (failure instanceof FileDecodingException) {
        FileDecodingException inFile = (FileDecodingException) failure;
        terminal.err().println("aldea: cannot decode " + inFile.file + ": " + inFile.error.getMessage());
      } else if (failure instanceof org.aldea.json.JsonDecodingException) {
        terminal.err().println("aldea: cannot decode " + input + ": " + failure.getMessage());
      } else {
        terminal.err().println("aldea: cannot read " + input + ": " + Reasons.of(failure));
      }
      return UNREADABLE;
    }

    /** Reports an output that could not be written, and returns the exit code. */
    int cannotWrite(Object output, Exception failure) {
      terminal.err().println("aldea: cannot write " + (output == null ? "to standard output" : output) + ": "
          + Reasons.of(failure));
      return UNREADABLE;
    }
  }
}
