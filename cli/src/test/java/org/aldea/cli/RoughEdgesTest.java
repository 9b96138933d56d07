package org.aldea.cli;

import static org.aldea.cli.AldeaCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aldea.cli.AldeaCommandTest.Run;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a new user met with the command, each turned into a test (issue "The aldea command as a product"). */
class RoughEdgesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  /** Peru as a folder of per-kind NDJSON files. */
  private Path peruFolder() throws IOException {
    Path document = Files.write(dir.resolve("peru.json"), PeruFixtures.json());
    Path folder = dir.resolve("folder");
    assertThat(run("convert", document.toString(), "--out", folder.toString()).code()).isZero();
    return folder;
  }

  @Test
  void errorsInTheContextAreBlamedOnTheContext() throws IOException {
    Path children = peruFolder().resolve("children.ndjson");
    Path bad = Files.writeString(dir.resolve("bad-context.json"), "{\"schemaVersion\":\"1.0\",\"families\":[{]}");
    Run run = run("validate", "--as-of", "2018-06-19", "--context", bad.toString(), children.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("cannot decode " + bad).doesNotContain(children.toString());
    Path empty = Files.createDirectory(dir.resolve("empty-context"));
    Run emptyContext = run("validate", "--context", empty.toString(), children.toString());
    assertThat(emptyContext.code()).isEqualTo(2);
    assertThat(emptyContext.err()).contains("cannot read " + empty + ": the folder holds none of locations.ndjson");
  }

  @Test
  void aStreamOfChildrenIsValidatedAgainstTheOtherFilesOfItsFolder() throws IOException {
    Run run = run("validate", "--as-of", "2018-06-19", peruFolder().resolve("children.ndjson").toString());
    assertThat(run.out()).doesNotContain("reference.unknown").contains("valid: 0 errors");
    assertThat(run.code()).isZero();
  }

  @Test
  void aWholeDocumentAsContextLendsItsEntitiesNotItsChildren() throws IOException {
    Path children = peruFolder().resolve("children.ndjson");
    Run run = run("validate", "--as-of", "2018-06-19", "--context", dir.resolve("peru.json").toString(), children.toString());
    assertThat(run.out()).doesNotContain("id.duplicate").contains("valid: 0 errors");
    assertThat(run.code()).isZero();
  }

  @Test
  void aContextForADocumentOrAFolderIsAUsageError() throws IOException {
    Path folder = peruFolder();
    Run document = run("validate", "--context", folder.toString(), dir.resolve("peru.json").toString());
    assertThat(document.code()).isEqualTo(64);
    assertThat(document.err()).contains("--context is for an NDJSON stream of children");
    assertThat(run("validate", "--context", dir.resolve("peru.json").toString(), folder.toString()).code()).isEqualTo(64);
  }

  @Test
  void writingAFolderRefusesToMixWithOlderOutputUnlessForced() throws IOException {
    Path folder = peruFolder();
    Run refused = run("generate", "--children", "10", "--format", "ndjson", "--out", folder.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("cannot write " + folder).contains("children.ndjson").contains("--force");
    Path unrelated = Files.writeString(folder.resolve("notes.txt"), "mine");
    Run forced = run("generate", "--children", "10", "--format", "ndjson", "--out", folder.toString(), "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    // Peru's centres and outcomes were left over before; now the folder is the generated data alone.
    Run validate = run("validate", "--as-of", "2018-06-19", folder.toString());
    assertThat(validate.code()).as(validate.out()).isZero();
    assertThat(folder.resolve("outcomes.ndjson")).doesNotExist();
    assertThat(unrelated).hasContent("mine");
    Run convert = run("convert", dir.resolve("peru.json").toString(), "--out", folder.toString());
    assertThat(convert.code()).isEqualTo(2);
  }

  @Test
  void writingADocumentRefusesAnExistingFileWithItsReasonUnlessForced() throws IOException {
    Path existing = Files.writeString(dir.resolve("x.json"), "old");
    Run refused = run("generate", "--children", "1", "--out", existing.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("cannot write " + existing + ": it exists already (--force replaces it)");
    assertThat(existing).hasContent("old");
    assertThat(run("generate", "--children", "1", "--out", existing.toString(), "--force").code()).isZero();
    assertThat(Files.readString(existing)).startsWith("{");
    Path noFolder = dir.resolve("missing/x.json");
    Run missing = run("generate", "--children", "1", "--out", noFolder.toString());
    assertThat(missing.err()).contains("cannot write " + noFolder + ": no such file or folder");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aFullDiskIsSaidInWords() {
    Run full = run("generate", "--children", "1000", "--out", "/dev/full", "--force");
    assertThat(full.code()).isEqualTo(2);
    assertThat(full.err()).contains("cannot write /dev/full: No space left on device").doesNotContain("java.io");
  }

  @Test
  void withFormatJsonStandardOutputIsOneJsonObjectWhateverHappens() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path notNdjson = Files.createDirectory(dir.resolve("other"));
    Files.writeString(notNdjson.resolve("readme.txt"), "hello");
    Path document = Files.write(dir.resolve("doc.json"), PeruFixtures.json());
    for (String[] args : Stream.of(
        new String[] {"validate", "--format", "json", dir.resolve("nowhere.json").toString()},
        new String[] {"validate", "--format", "json", empty.toString()},
        new String[] {"validate", "--format", "json", notNdjson.toString()},
        new String[] {"validate", "--format", "json", "--lang", "xx", empty.toString()},
        new String[] {"validate", "--format", "json", "--no-such-option", empty.toString()},
        new String[] {"validate", "--format", "json", "--context", empty.toString(), document.toString()},
        new String[] {"validate", "--format=json"}).toList()) {
      Run run = run(args);
      JsonNode report = JSON.readTree(run.out());
      assertThat(report.get("valid").asBoolean()).as(String.join(" ", args)).isFalse();
      assertThat(run.out().strip().lines()).as(String.join(" ", args)).hasSize(1);
    }
    JsonNode missing = JSON.readTree(run("validate", "--format", "json", dir.resolve("nowhere.json").toString()).out());
    assertThat(missing.get("inputError").get("message").asString()).isEqualTo("no such file or folder");
  }

  @Test
  void decodeWarningsOfTheContextAreCountedToo() throws IOException {
    Path children = peruFolder().resolve("children.ndjson");
    String peru = new String(PeruFixtures.json(), java.nio.charset.StandardCharsets.UTF_8);
    Path context = Files.writeString(dir.resolve("context.json"), peru.replaceFirst("\\{", "{\"later\":1,"));
    Run run = run("validate", "--as-of", "2018-06-19", "--context", context.toString(), children.toString());
    assertThat(run.err()).contains("warning: json.unknown_property at /later");
    assertThat(run.out()).contains("valid: 0 errors, 1 warning");
  }

  @Test
  void everySubcommandTellsItsVersionAndHelpListsTheExitCodes() {
    for (String command : new String[] {"validate", "summary", "convert", "schema", "anonymise", "generate"}) {
      Run version = run(command, "-V");
      assertThat(version.out().strip()).as(command).matches("aldea \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
    assertThat(run("--help").out()).contains("Without a command: validate the embedded Peru dataset");
    assertThat(run("validate", "--help").out()).contains("Exit codes:").contains("64   usage error");
  }

  @Test
  void noIsNorwegianBokmal() throws IOException {
    Path peru = Files.write(dir.resolve("peru.json"), PeruFixtures.json());
    assertThat(run("validate", "--lang", "no", "--as-of", "2018-06-19", peru.toString()).code()).isZero();
  }

  @Test
  void anUnknownOptionIsNamedAndNotTheInputAfterIt() {
    Run run = run("summary", "--as-of", "2018-06-19", "x.json");
    assertThat(run.code()).isEqualTo(64);
    assertThat(run.err()).contains("aldea summary: unknown option --as-of").doesNotContain("'x.json'");
  }

  @Test
  void childrenWhoseCareNamesNoPlaceAreCountedApartAndSaidSo() {
    // Callao's 31 youth in follow-up: format 1.0 cannot say where they are followed (a proposal
    // for 1.1 is in the format's changelog), so the summary does not guess.
    Run run = run();
    assertThat(run.out()).contains("== Children whose care situation names no place (kinship care, youth follow-up,"
        + " left care)\n  Children by care   youth_follow_up 31, left_care 6");
  }

  @Test
  void aStreamWithoutAHeaderIsSaidToHaveNone() throws IOException {
    Path children = peruFolder().resolve("children.ndjson");
    String withoutHeader = Files.readString(children).lines().skip(1).reduce("", (a, b) -> a + b + "\n");
    Path headless = Files.createDirectory(dir.resolve("headless"));
    Path file = Files.writeString(headless.resolve("children.ndjson"), withoutHeader);
    Run run = run("validate", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("the stream has no header line").doesNotContain("unknown_property")
        .doesNotContain("schemaVersion is required");
  }

  @Test
  void everyCommandNamesTheFileOfAFolderABadLineIsInAndPointsToItAsInADocument() throws IOException {
    Path folder = peruFolder();
    Path families = folder.resolve("families.ndjson");
    List<String> lines = new ArrayList<>(Files.readAllLines(families));
    lines.set(2, lines.get(2).replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"no id\""));
    Files.write(families, lines);
    String expected = "cannot decode " + families + ": /families/1/id (line 3, column 7): must be 1 to 64 characters";
    for (List<String> command : List.of(List.of("validate"), List.of("summary"),
        List.of("convert", "--out", dir.resolve("out.json").toString()),
        List.of("anonymise", "--key", "a key of sixteen letters", "--out", dir.resolve("anonymous.json").toString()))) {
      for (Path input : List.of(folder, families)) {
        List<String> arguments = new ArrayList<>(command);
        arguments.add(input.toString());
        Run run = run(arguments.toArray(String[]::new));
        assertThat(run.code()).as("%s", arguments).isEqualTo(2);
        assertThat(run.err()).as("%s", arguments).contains(expected);
      }
    }
  }

  @Test
  void aKeyOfSixteenSpacesIsNoKey() throws IOException {
    Path peru = Files.write(dir.resolve("peru.json"), PeruFixtures.json());
    Run run = run("anonymise", "--key", " ".repeat(16), peru.toString());
    assertThat(run.code()).isEqualTo(64);
    assertThat(run.err()).contains("at least 16 characters other than white space");
  }
}
