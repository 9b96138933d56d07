package org.aldea.cli;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the distribution's class-data archive, {@code lib/aldea.jsa}: runs every command once, in
 * a virtual machine that lists the classes it loads ({@code -XX:DumpLoadedClassList}), and archives
 * the listed classes ({@code -Xshare:dump}) from the distribution's jars. A static archive, because
 * a dynamic one ({@code -XX:ArchiveClassesAtExit}) cannot hold picocli's classes, of Java 5's
 * class-file version; the build runs this in the package phase (see the module's pom.xml).
 *
 * <p>The archive holds the jars' paths, and Java 17, given one whose jars are elsewhere, shares no
 * class at all: so it is made with the folder's real path (no symbolic link in it), the one the
 * launchers find, and {@code lib/aldea.jsa.home} names that folder for them to compare with theirs.
 */
final class ClassDataTraining {
  /** The first class-file version whose classes a class-data archive holds linked (Java 6). */
  private static final int LINKABLE_VERSION = 50;

  private ClassDataTraining() {}

  /**
   * Makes the archive.
   *
   * @param args the distribution's folder and a folder to work in
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path distribution = Path.of(args[0]).toRealPath();
    Path work = Files.createDirectories(Path.of(args[1]));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jars = distribution.resolve("lib") + File.separator + "*";
    Path list = work.resolve("aldea.classlist");
    run(work.resolve("training.log"), java, "-XX:DumpLoadedClassList=" + list, "-XX:+UseParallelGC",
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CommandLines.class.getName(),
        work.toString());
    Path linkable = work.resolve("aldea-linkable.classlist");
    Files.write(linkable, withoutResolutionOfOldClasses(Files.readAllLines(list)));
    run(work.resolve("archive.log"), java, "-Xshare:dump", "-XX:SharedClassListFile=" + linkable,
        "-XX:SharedArchiveFile=" + distribution.resolve("lib").resolve("aldea.jsa"), "-XX:+UseParallelGC", "-cp", jars);
    Files.writeString(distribution.resolve("lib").resolve("aldea.jsa.home"), distribution + "\n");
  }

  private static void run(Path log, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code = process.waitFor();
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + ": exit " + code + ", see " + log);
    }
  }

  /**
   * The list without the constants to resolve ({@code @cp} lines, Java 24 and later) of classes
   * older than Java 6: resolving them links the class, and a linked class of that age is left out
   * of the archive (picocli's, all of them, on Temurin 25).
   */
  private static List<String> withoutResolutionOfOldClasses(List<String> lines) throws IOException {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("@cp ")) {
        String type = line.split(" ")[1];
        if (classFileVersion(type) < LINKABLE_VERSION) {
          continue;
        }
      }
      kept.add(line);
    }
    return kept;
  }

  /** The major class-file version of a class on the class path, or the newest if it is not found there. */
  private static int classFileVersion(String type) throws IOException {
    try (InputStream in = ClassLoader.getSystemResourceAsStream(type + ".class")) {
      if (in == null) {
        return Integer.MAX_VALUE;
      }
      DataInputStream data = new DataInputStream(in);
      data.readInt(); // 0xCAFEBABE
      data.readUnsignedShort(); // the minor version
      return data.readUnsignedShort();
    }
  }

  /**
   * The command lines the archive is made for, run one after the other in the listing virtual
   * machine: every command a user starts with, each form of input and output, a refused input and
   * a usage error.
   */
  static final class CommandLines {
    private CommandLines() {}

    /**
     * Runs them.
     *
     * @param args the folder to write their inputs and outputs in
     */
    public static void main(String[] args) throws IOException {
      Path work = Path.of(args[0]);
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
  }

  /** A command line and the exit code it is run for. */
  private record Run(int code, String... commandLine) {}
}
