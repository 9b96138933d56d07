package org.aldea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code mvn package} builds, run as a user runs it: the distribution's launcher, the runnable
 * jar, the archives and the completion script (run by failsafe, after packaging).
 */
class DistributionIT {
  private static final Path DISTRIBUTION = Path.of(System.getProperty("aldea.distribution"));
  private static final Path RUNNABLE_JAR = Path.of(System.getProperty("aldea.runnableJar"));
  private static final String VERSION = DISTRIBUTION.getFileName().toString();

  /** Where a test writes, JUnit's to delete: a copied distribution is 33 MB. */
  @TempDir
  Path temp;

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theLauncherRunsTheMainJobAndIsExecutable() throws Exception {
    Path launcher = DISTRIBUTION.resolve("bin/aldea");
    assertThat(Files.getPosixFilePermissions(launcher)).contains(PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    Run main = run(List.of(launcher.toString()));
    assertThat(main.code()).as(main.err()).isZero();
    assertThat(main.out()).contains("valid: 0 errors").contains("Children by care");
    assertThat(main.err()).isEmpty();
    Run version = run(List.of(launcher.toString(), "--version"));
    assertThat(version.out().strip()).isEqualTo("aldea 0.1.0-SNAPSHOT");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theLauncherWorksThroughASymbolicLinkFromAnotherFolder() throws Exception {
    Path folder = Files.createDirectory(temp.resolve("aldea-link"));
    Path link = Files.createSymbolicLink(folder.resolve("aldea"), DISTRIBUTION.resolve("bin/aldea").toAbsolutePath());
    Run schema = run(List.of(link.toString(), "schema"));
    assertThat(schema.code()).as(schema.err()).isZero();
    assertThat(schema.out()).contains("\"$schema\"");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theClassesOfEveryCommandAreSharedInPlaceAndAMovedDistributionKeepsTheJavasOwnArchive() throws Exception {
    assertThat(DISTRIBUTION.resolve("lib/aldea.jsa")).isRegularFile();
    // The folder's real path: the launcher finds its own so, through symbolic links too.
    assertThat(DISTRIBUTION.resolve("lib/aldea.jsa.home")).hasContent(DISTRIBUTION.toRealPath().toString());
    String launcher = DISTRIBUTION.resolve("bin/aldea").toString();
    Path document = temp.resolve("generated.json");
    assertThat(run(List.of(launcher, "generate", "--children", "10", "--out", document.toString())).code()).isZero();
    Map<String, String> logClasses = Map.of("ALDEA_OPTS", "-Xlog:class+load=info");
    Run shared = run(List.of(launcher, "validate", "--format", "json", document.toString()), logClasses);
    assertThat(shared.code()).as(shared.err()).isZero();
    // Picocli's classes (Java 5's class-file version; CommandLine itself is left out if anything
    // links it while the archive is made) and the decoder's, besides the main job's.
    assertThat(shared.out()).contains("picocli.CommandLine source: shared objects file")
        .contains("picocli.CommandLine$Model$CommandSpec source: shared objects file")
        .contains("org.aldea.cli.ValidateCommand source: shared objects file")
        .contains("tools.jackson.core.json.UTF8StreamJsonParser source: shared objects file");
    // Copied elsewhere, the archive names jars that are not there: the launcher leaves it, so that
    // the Java's own archive still serves, and nothing is said; and a folder whose name has a space
    // is one folder to the launcher.
    Path moved = temp.resolve("aldea moved").resolve(VERSION);
    try (Stream<Path> files = Files.walk(DISTRIBUTION)) {
      for (Path file : files.toList()) {
        Path copy = moved.resolve(DISTRIBUTION.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    Run elsewhere = run(List.of(moved.resolve("bin/aldea").toString(), "--version"), Map.of());
    assertThat(elsewhere.out()).isEqualTo("aldea 0.1.0-SNAPSHOT\n");
    assertThat(elsewhere.err()).isEmpty();
    assertThat(elsewhere.code()).isZero();
    if (Files.isRegularFile(Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa"))) {
      Run logged = run(List.of(moved.resolve("bin/aldea").toString(), "--version"), logClasses);
      assertThat(logged.out()).contains("java.lang.Object source: shared objects file")
          .doesNotContain("org.aldea.cli.Aldea source: shared objects file");
    }
  }

  @Test
  void theDistributionHoldsTheLaunchersEveryJarTheLicenceAndTheCompletion() throws IOException {
    assertThat(DISTRIBUTION.resolve("bin/aldea.cmd")).isRegularFile();
    assertThat(Files.readString(DISTRIBUTION.resolve("bin/aldea.cmd"))).contains("\r\n").contains("org.aldea.cli.Aldea");
    assertThat(DISTRIBUTION.resolve("LICENSE")).isRegularFile();
    assertThat(libraries()).contains("aldea-cli-" + version() + ".jar", "aldea-core-" + version() + ".jar",
        "aldea-json-" + version() + ".jar", "aldea-validation-" + version() + ".jar", "aldea-testkit-" + version() + ".jar")
        .anyMatch(name -> name.startsWith("picocli-")).anyMatch(name -> name.startsWith("jackson-databind-"));
    String completion = Files.readString(DISTRIBUTION.resolve("completion/aldea"));
    assertThat(completion).contains("complete -F _complete_aldea")
        .contains("validate").contains("summary").contains("convert").contains("anonymise").contains("generate");
  }

  @Test
  void bothLaunchersGiveTheVirtualMachineTheSameOptions() throws IOException {
    Matcher unix = Pattern.compile("(?m)^options=\"([^\"]+)\"")
        .matcher(Files.readString(DISTRIBUTION.resolve("bin/aldea")));
    Matcher windows = Pattern.compile("(?m)^set \"ALDEA_VM=([^\"]+)\"")
        .matcher(Files.readString(DISTRIBUTION.resolve("bin/aldea.cmd")));
    assertThat(unix.find()).isTrue();
    assertThat(windows.find()).isTrue();
    assertThat(windows.group(1)).isEqualTo(unix.group(1)).contains("-XX:TieredStopAtLevel=1");
  }

  @Test
  void theArchivesHoldTheDistributionUnderOneFolder() throws IOException {
    Path zip = DISTRIBUTION.resolveSibling(VERSION + "-dist.zip");
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      List<String> names = Collections.list(archive.entries()).stream().map(ZipEntry::getName).toList();
      assertThat(names).allMatch(name -> name.startsWith(VERSION + "/"))
          .contains(VERSION + "/bin/aldea", VERSION + "/bin/aldea.cmd", VERSION + "/completion/aldea",
              VERSION + "/lib/aldea-cli-" + version() + ".jar")
          .as("the class-data archive serves the folder where it was made only")
          .noneMatch(name -> name.contains("aldea.jsa"));
    }
    assertThat(DISTRIBUTION.resolveSibling(VERSION + "-dist.tar.gz")).isRegularFile();
  }

  @Test
  void theRunnableJarRunsAndKeepsEveryDependencysLicenceAndNotice() throws Exception {
    Run version = run(List.of(java(), "-jar", RUNNABLE_JAR.toString(), "--version"));
    assertThat(version.code()).isZero();
    assertThat(version.out().strip()).isEqualTo("aldea 0.1.0-SNAPSHOT");
    List<String> missing = new ArrayList<>();
    try (ZipFile runnable = new ZipFile(RUNNABLE_JAR.toFile())) {
      assertThat(runnable.getEntry("META-INF/LICENSE")).as("Aldea's own licence").isNotNull();
      for (String library : libraries()) {
        if (library.startsWith("aldea-")) {
          continue;
        }
        try (ZipFile jar = new ZipFile(DISTRIBUTION.resolve("lib").resolve(library).toFile())) {
          for (ZipEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            String file = name.substring(name.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
            if ((file.startsWith("license") || file.startsWith("notice")) && !entry.isDirectory()) {
              String kept = "META-INF/licenses/" + library.replaceAll("\\.jar$", "-jar") + "/" + name;
              if (runnable.getEntry(kept) == null) {
                missing.add(kept);
              }
            }
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static List<String> libraries() throws IOException {
    try (Stream<Path> jars = Files.list(DISTRIBUTION.resolve("lib"))) {
      return jars.map(jar -> jar.getFileName().toString()).filter(name -> name.endsWith(".jar")).sorted().toList();
    }
  }

  private static String version() {
    return VERSION.substring("aldea-".length());
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** What a process printed and how it ended. */
  private record Run(int code, String out, String err) {}

  private Run run(List<String> command) throws Exception {
    return run(command, Map.of());
  }

  private Run run(List<String> command, Map<String, String> environment) throws Exception {
    Path out = Files.createTempFile(temp, "out", ".txt");
    Path err = Files.createTempFile(temp, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("ALDEA_OPTS");
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
