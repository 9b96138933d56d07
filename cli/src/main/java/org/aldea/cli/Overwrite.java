package org.aldea.cli;

import picocli.CommandLine.Option;

/** The {@code --force} option of the commands that write: whether existing output is replaced. */
final class Overwrite {
  @Option(names = "--force", description = "Replace existing output: a file, or a folder's per-kind files.")
  boolean force;
}
