package org.aldea.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command lines whose classes the distribution's class-data archive holds, run one after the
 * other in one process: the build runs this with {@code -XX:DumpLoadedClassList} and makes
 * {@code lib/aldea.jsa} from the list (see the module's pom.xml). One process, because a static
 * archive is made from one list: every command a user starts with, each form of input and output,
 * and a refused input.
 */
final class ClassDataTraining {
  private ClassDataTraining() {}

  /**
   * Runs the command lines.
   *
   * @param args the folder to write the inputs and outputs in, made if missing
   */
  public static void main(String[] args) throws IOException {
    Path work = Files.createDirectories(Path.of(args[0]));
    String document = work.resolve("generated.json").toString();
    String folder = work.resolve("generated").toString();
    String bad = Files.writeString(work.resolve("bad.json"), "{\"schemaVersion\": \"1.0\", \"children\": [{\"id\": 7}]}")
        .toString();
    List<Run> runs = List.of(
        new Run(Aldea.OK),
        new Run(Aldea.OK, "generate", "--children", "2000", "--seed", "1", "--force", "--out", document),
        new Run(Aldea.OK, "convert", "--force", "--out", folder, document),
        new Run(Aldea.OK, "validate", document),
        new Run(Aldea.OK, "validate", "--format", "json", document),
        new Run(Aldea.OK, "validate", folder),
        new Run(Aldea.OK, "validate", "--format", "json", folder),
        new Run(Aldea.UNREADABLE, "validate", "--format", "json", bad),
        new Run(Aldea.OK, "summary", document),
        new Run(Aldea.OK, "summary", folder),
        new Run(Aldea.OK, "anonymise", "--key", "a key of the class-data training", document),
        new Run(Aldea.OK, "schema"),
        new Run(Aldea.OK, "--help"),
        new Run(Aldea.USAGE, "validate", "--no-such-option", document));
    PrintStream discarded = new PrintStream(OutputStream.nullOutputStream());
    for (Run run : runs) {
      int code = Aldea.run(run.commandLine(), new ByteArrayInputStream(new byte[0]), discarded, discarded, false);
      if (code != run.code()) {
        throw new IllegalStateException("aldea " + String.join(" ", run.commandLine()) + ": exit " + code
            + " where " + run.code() + " was expected");
      }
    }
  }

  /** A command line and the exit code it is run for. */
  private record Run(int code, String... commandLine) {}
}
