package org.aldea.validation;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aldea.core.rules.Severity;
import org.aldea.json.DecodeWarning;
import org.aldea.validation.internal.ReportJson;

/**
 * The result of validating a dataset: the issues found, in document order (by entity, then by JSON
 * pointer, then by rule code; the same in every run and every language), with counts. A report is
 * {@linkplain #isValid() valid} when it has no error; warnings are allowed. It lists at most
 * {@link ValidationPolicy#maxIssuesPerRuleAndEntity()} issues of one rule for one entity; the
 * counts include the issues left out, and {@link #omittedCount()} says how many they are.
 *
 * <p>A report may also carry the {@linkplain #decodeWarnings() warnings of decoding} the data
 * ({@link #withDecodeWarnings}), so that one report tells the producer everything; they count as
 * warnings.
 *
 * <p>Its {@linkplain #toJson() JSON form}, for sending back to the producer of the data, is
 * <pre>{@code {"valid": false, "errorCount": 1, "warningCount": 1, "omittedCount": 0,
 *  "decodeWarnings": [{"code": "json.unknown_property", "pointer": "/funding", "line": 9,
 *                      "column": 3, "message": "..."}],
 *  "issues": [{"severity": "error", "code": "family.over_capacity", "pointer": "/families/3",
 *              "entity": "jul-f04", "message": "..."}]}}</pre>
 * with {@code pointer} the JSON pointer into the exchange document. The format's specification
 * ({@code docs/format/report.md}) defines it and {@code report.schema.json} describes it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {
  private final List<Issue> issues;
  private final List<DecodeWarning> decodeWarnings;
  private final long errorCount;
  private final long warningCount;
  private final long omittedCount;

  /**
   * Returns a report of issues found elsewhere, for example collected from a
   * {@link ChildStreamValidation}.
   *
   * @param issues the issues, in the order to report them
   * @return the report
   */
  public static ValidationReport of(List<Issue> issues) {
    long errors = issues.stream().filter(issue -> issue.severity() == Severity.ERROR).count();
    return new ValidationReport(issues, errors, issues.size() - errors, 0);
  }

  ValidationReport(List<Issue> issues, long errorCount, long warningCount, long omittedCount) {
    this(issues, List.of(), errorCount, warningCount, omittedCount);
  }

  private ValidationReport(List<Issue> issues, List<DecodeWarning> decodeWarnings, long errorCount, long warningCount,
      long omittedCount) {
    this.issues = List.copyOf(issues);
    this.decodeWarnings = List.copyOf(decodeWarnings);
    this.errorCount = errorCount;
    this.warningCount = warningCount;
    this.omittedCount = omittedCount;
  }

  /** {@return the issues listed, in document order} */
  public List<Issue> issues() {
    return issues;
  }

  /**
   * Returns this report with the warnings of decoding the data added after those it has, for
   * example those of {@link org.aldea.json.Decoded#warnings()}.
   *
   * @param warnings the decode warnings, in the order found
   * @return a report with them, counted as warnings
   */
  public ValidationReport withDecodeWarnings(List<DecodeWarning> warnings) {
    return withDecodeWarnings(warnings, 0);
  }

  /**
   * Returns this report with decode warnings added, some of them only counted: for a long stream,
   * whose warnings are too many to keep.
   *
   * @param listed the decode warnings to list, in the order found
   * @param omitted how many more were found and not kept; they count as warnings and as omitted
   * @return a report with them
   */
  public ValidationReport withDecodeWarnings(List<DecodeWarning> listed, long omitted) {
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must not be negative");
    }
    List<DecodeWarning> all = new ArrayList<>(decodeWarnings);
    all.addAll(listed);
    return new ValidationReport(issues, all, errorCount, warningCount + listed.size() + omitted, omittedCount + omitted);
  }

  /** {@return the warnings of decoding the data, in the order found} */
  public List<DecodeWarning> decodeWarnings() {
    return decodeWarnings;
  }

  /**
   * Returns the issues of one rule.
   *
   * @param rule the rule
   * @return its issues, in document order
   */
  public List<Issue> issues(Rule rule) {
    return issues.stream().filter(issue -> issue.rule() == rule).toList();
  }

  /** {@return the number of errors found, listed or not} */
  public long errorCount() {
    return errorCount;
  }

  /** {@return the number of warnings found, listed or not, decode warnings included} */
  public long warningCount() {
    return warningCount;
  }

  /**
   * Returns how many were found but not listed: issues past the cap for one rule and entity, and
   * decode warnings added only as a count.
   *
   * @return the number omitted
   */
  public long omittedCount() {
    return omittedCount;
  }

  /** {@return whether the dataset has no error} */
  public boolean isValid() {
    return errorCount == 0;
  }

  /**
   * Writes the report's JSON form, compact, in UTF-8; the stream is flushed, not closed.
   *
   * @param out where to write
   */
  public void writeJson(OutputStream out) {
    ReportJson.write(this, out);
  }

  /** {@return the report's JSON form, compact} */
  public String toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeJson(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return (isValid() ? "valid" : "invalid") + ": " + plural(errorCount, "error") + ", " + plural(warningCount, "warning");
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
