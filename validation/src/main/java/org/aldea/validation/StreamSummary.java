package org.aldea.validation;

/**
 * The counts of a streaming validation, whose issues went to a consumer as they were found.
 *
 * @param children how many children were checked
 * @param errorCount how many errors were found
 * @param warningCount how many warnings were found
 */
public record StreamSummary(long children, long errorCount, long warningCount) {
  /** {@return whether no error was found} */
  public boolean isValid() {
    return errorCount == 0;
  }
}
