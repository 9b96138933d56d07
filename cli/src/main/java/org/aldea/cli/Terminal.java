package org.aldea.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams of one run of the command, and whether they are a terminal.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param interactive whether a person watches: progress is shown only then
 */
record Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
  /** Shows progress of long work on standard error, when interactive; silent otherwise. */
  Progress progress(String what) {
    return new Progress(interactive ? err : null, what);
  }

  /** Counts work done and shows it every 100,000 items. */
  static final class Progress {
    private static final long EVERY = 100_000;
    private final PrintStream err;
    private final String what;
    private long done;

    Progress(PrintStream err, String what) {
      this.err = err;
      this.what = what;
    }

    void step() {
      done++;
      if (err != null && done % EVERY == 0) {
        err.print("\r" + what + ": " + done);
        err.flush();
      }
    }

    void finish() {
      if (err != null && done >= EVERY) {
        err.println("\r" + what + ": " + done + " done");
      }
    }
  }
}
