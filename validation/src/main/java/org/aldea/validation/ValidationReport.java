package org.aldea.validation;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aldea.validation.internal.ReportJson;

/**
 * The result of validating a dataset: every issue found, in document order, with counts. A report is
 * {@linkplain #isValid() valid} when it has no error; warnings are allowed.
 *
 * <p>Its {@linkplain #toJson() JSON form}, for sending back to the producer of the data, is
 * <pre>{@code {"valid": false, "errorCount": 1, "warningCount": 0,
 *  "issues": [{"severity": "error", "code": "family.over_capacity", "path": "/families/3",
 *              "entity": "jul-f04", "message": "..."}]}}</pre>
 * with {@code path} the JSON pointer into the exchange document.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {
  private final List<Issue> issues;
  private final int errorCount;
  private final int warningCount;

  /**
   * Returns a report of issues found elsewhere, for example collected from a
   * {@link ChildStreamValidation}.
   *
   * @param issues the issues, in the order to report them
   * @return the report
   */
  public static ValidationReport of(List<Issue> issues) {
    return new ValidationReport(issues);
  }

  ValidationReport(List<Issue> issues) {
    this.issues = List.copyOf(issues);
    this.errorCount = (int) issues.stream().filter(issue -> issue.severity() == Severity.ERROR).count();
    this.warningCount = issues.size() - errorCount;
  }

  /** {@return every issue, in document order} */
  public List<Issue> issues() {
    return issues;
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

  /** {@return the number of errors} */
  public int errorCount() {
    return errorCount;
  }

  /** {@return the number of warnings} */
  public int warningCount() {
    return warningCount;
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

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
