package org.aldea.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.aldea.json.DecodeWarning;
import org.aldea.json.JsonDecodingException;
import org.aldea.validation.Issue;
import org.aldea.validation.ValidationReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints what validation finds: as text (an issue per line as it is found, then a verdict) or as the
 * report's JSON form. Decode warnings and skipped bad lines go to standard error in both formats, so
 * that standard output holds only the report.
 */
final class Output {
  /** The output formats. */
  enum Format { text, json }

  /** The mapper of the reports made here, not the validator's; made on first use, for a failure. */
  private static final class Mapper {
    static final JsonMapper JSON = JsonMapper.builder().build();
  }

  /** How many decode warnings the report lists: a stream may have one per line. */
  private static final int KEPT_WARNINGS = 1_000;

  private final Format format;
  private final PrintStream out;
  private final PrintStream err;
  private final List<Issue> issues = new ArrayList<>();
  /** The decode warnings kept for the JSON report; those past {@link #KEPT_WARNINGS} are only counted. */
  private final List<DecodeWarning> warnings = new ArrayList<>();
  private long warningsNotKept;

  Output(Format format, PrintStream out, PrintStream err) {
    this.format = format;
    this.out = out;
    this.err = err;
  }

  /** Takes an issue: printed now as text, kept for the JSON report. */
  void issue(Issue issue) {
    if (format == Format.text) {
      out.println(issue);
    }
    issues.add(issue);
  }

  /** Takes a decode warning: printed now to standard error, kept for the report. */
  void warning(DecodeWarning warning) {
    err.println(describe(warning));
    if (warnings.size() < KEPT_WARNINGS) {
      warnings.add(warning);
    } else {
      warningsNotKept++;
    }
  }

  /** Describes a decode warning on one line: code, pointer, line, column and message. */
  static String describe(DecodeWarning warning) {
    return "warning: " + warning.code() + " at " + (warning.pointer().isEmpty() ? "document" : warning.pointer())
        + " (line " + warning.line() + ", column " + warning.column() + "): " + warning.message();
  }

  /** Tells a line a tolerant reader skipped: its line, and where in it, and why. */
  void badLine(JsonDecodingException error) {
    err.println("skipped bad line " + error.line() + (error.pointer().isEmpty() ? "" : " at " + error.pointer())
        + (error.column() > 0 ? " (column " + error.column() + ")" : "") + ": " + error.reason());
  }

  /** Prints the verdict of all issues taken, and returns the exit code. */
  int finish() {
    ValidationReport report = ValidationReport.of(issues).withDecodeWarnings(warnings, warningsNotKept);
    if (format == Format.json) {
      report.writeJson(out);
      out.println();
    } else {
      out.println(report);
    }
    return report.isValid() ? Aldea.OK : Aldea.INVALID;
  }

  /**
   * Prints an input that could not be read (no such file, a folder without NDJSON files...), and
   * returns the exit code: as JSON too, so that standard output holds one JSON object whatever
   * happens.
   */
  int cannotRead(String input, String reason) {
    if (format == Format.json) {
      ObjectNode report = Mapper.JSON.createObjectNode();
      notValid(report, "inputError").put("input", input).put("message", reason);
      out.println(Mapper.JSON.writeValueAsString(report));
    }
    err.println("aldea: cannot read " + input + ": " + reason);
    return Aldea.UNREADABLE;
  }

  /** Prints a wrong command line found by a command itself, and returns the exit code. */
  int usageError(String command, String message) {
    err.println(command + ": " + message);
    if (format == Format.json) {
      out.println(usageError(message));
    }
    return Aldea.USAGE;
  }

  /** {@return the JSON object of a wrong command line, for standard output with --format json} */
  static String usageError(String message) {
    ObjectNode report = Mapper.JSON.createObjectNode();
    notValid(report, "usageError").put("message", message);
    return Mapper.JSON.writeValueAsString(report);
  }

  /** Says in a report that the input is not valid, and returns the object that says why. */
  private static ObjectNode notValid(ObjectNode report, String why) {
    report.put("valid", false);
    return report.putObject(why);
  }

  /** Prints a decoding failure of an input (the file it is in), and returns the exit code. */
  int decodeError(String input, JsonDecodingException error) {
    if (format == Format.json) {
      ObjectNode report = Mapper.JSON.createObjectNode();
      ObjectNode decodeError = notValid(report, "decodeError");
      decodeError.put("input", input);
      decodeError.put("pointer", error.pointer());
      decodeError.put("line", error.line());
      decodeError.put("column", error.column());
      decodeError.put("message", error.reason());
      out.println(Mapper.JSON.writeValueAsString(report));
    } else {
      err.println("aldea: cannot decode " + input + ": " + error.getMessage());
    }
    return Aldea.UNREADABLE;
  }
}
