package org.aldea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.json.JsonSchemas;
import org.aldea.testkit.PeruFixtures;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.ValidationPolicy;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The aldea command end to end, through its entry point: exit codes, standard output and error. */
class AldeaCommandTest {
  @TempDir
  Path dir;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {
    Run assertNoStackTrace() {
      assertThat(out + err).doesNotContain("Exception").doesNotContain("\tat ");
      return this;
    }
  }

  static Run run(byte[] stdin, boolean interactive, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Aldea.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), interactive);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)).assertNoStackTrace();
  }

  static Run run(String... args) {
    return run(new byte[0], false, args);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private Path peru() throws IOException {
    return Files.write(dir.resolve("peru.json"), PeruFixtures.json());
  }

  @Test
  void withoutASubcommandItValidatesTheEmbeddedPeruDatasetAndSummarisesIt() {
    Run run = run();
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("validated as of 2018-06-19:\nvalid: 0 errors, 0 warnings")
        .contains("== Juliaca (pe-juliaca), Puno, PE").contains("SOS families       12, 104 children in 108 places")
        .contains("children_in_mentoring  79 of 928 (9%)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validatesAValidDocument() throws IOException {
    Run run = run("validate", "--as-of", "2018-06-19", peru().toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("valid: 0 errors, 0 warnings\n");
  }

  @Test
  void reportsValidationErrorsWithExitCode1InTextAndJson() throws IOException {
    Path file = write("bad.json", "{\"schemaVersion\":\"1.0\",\"villages\":[{\"id\":\"v1\",\"name\":\"V\",\"location\":\"l9\","
        + "\"opened\":\"2030\"}]}");
    Run text = run("validate", "--as-of", "2018-06-19", file.toString());
    assertThat(text.code()).isEqualTo(1);
    assertThat(text.out()).isEqualTo("error reference.unknown at /villages/0/location (v1): No location has the id l9.\n"
        + "error date.in_future at /villages/0/opened (v1): The date 2030 is after the reference date 2018-06-19.\n"
        + "invalid: 2 errors, 0 warnings\n");
    Run json = run("validate", "--as-of", "2018-06-19", "--format", "json", "--lang", "es", file.toString());
    assertThat(json.code()).isEqualTo(1);
    assertThat(json.out()).startsWith("{\"valid\":false,\"errorCount\":2,\"warningCount\":0,\"omittedCount\":0,\"decodeWarnings\":[],"
        + "\"issues\":[{\"severity\":\"error\",\"code\":\"reference.unknown\",\"pointer\":\"/villages/0/location\",\"entity\":\"v1\",\"message\":\"Ninguna");
  }

  @Test
  void noIsNorwegianBokmal() throws IOException {
    // --lang no was refused, although no is the code of Norwegian that nb refines.
    Path file = write("bad-no.json", "{\"schemaVersion\":\"1.0\",\"villages\":[{\"id\":\"v1\",\"name\":\"V\","
        + "\"location\":\"l9\"}]}");
    Run no = run("validate", "--as-of", "2018-06-19", "--lang", "no", file.toString());
    assertThat(no.code()).isEqualTo(1);
    assertThat(no.out()).isEqualTo(run("validate", "--as-of", "2018-06-19", "--lang", "nb", file.toString()).out());
    assertThat(no.out()).doesNotContain("No location has the id");
  }

  @Test
  void aDecodingFailureExitsWith2AndSaysWhere() throws IOException {
    Path file = write("broken.json", "{\"schemaVersion\":\"1.0\",\n\"children\":[{\"id\":\"Rosa Quispe\"}]}");
    Run text = run("validate", file.toString());
    assertThat(text.code()).isEqualTo(2);
    assertThat(text.err()).startsWith("aldea: cannot decode " + file + ": /children/0/id (line 2, column 19): ")
        .doesNotContain("Rosa");
    Run json = run("validate", "--format", "json", file.toString());
    assertThat(json.code()).isEqualTo(2);
    assertThat(json.out()).isEqualTo("{\"valid\":false,\"decodeError\":{\"input\":\"" + file + "\",\"pointer\":"
        + "\"/children/0/id\",\"line\":2,\"column\":19,"
        + "\"message\":\"must be 1 to 64 characters of [A-Za-z0-9._-], starting with a letter or digit\"}}\n");
  }

  @Test
  void strictModeRefusesUnknownPropertiesThatAreOtherwiseWarnings() throws IOException {
    Path file = write("later.json", "{\"schemaVersion\":\"1.2\",\"funding\":1}");
    Run lenient = run("validate", file.toString());
    assertThat(lenient.code()).isZero();
    assertThat(lenient.err()).contains("warning: json.unknown_property at /funding (line 1, column 34)");
    assertThat(run("validate", "--strict", file.toString()).code()).isEqualTo(2);
  }

  @Test
  void readsDocumentsAndNdjsonFromStandardInputByContent() throws IOException {
    Run document = run(PeruFixtures.json(), false, "validate", "--as-of", "2018-06-19", "-");
    assertThat(document.code()).isZero();
    Run converted = run("convert", peru().toString(), "--out", dir.resolve("folder").toString());
    assertThat(converted.code()).isZero();
    byte[] families = Files.readAllBytes(dir.resolve("folder/families.ndjson"));
    Run ndjson = run(families, false, "validate", "--as-of", "2018-06-19", "-");
    assertThat(ndjson.out()).contains("reference.unknown at /families/0/village");
    assertThat(ndjson.code()).isEqualTo(1);
  }

  @Test
  void validatesAFolderAndAChildStreamWithItsContext() throws IOException {
    Path folder = dir.resolve("folder");
    assertThat(run("convert", peru().toString(), "--out", folder.toString()).code()).isZero();
    assertThat(run("validate", "--as-of", "2018-06-19", folder.toString()).out()).isEqualTo("valid: 0 errors, 0 warnings\n");
    Path children = folder.resolve("children.ndjson");
    // Without --context, the other files of the stream's folder are its context.
    Run alone = run("validate", "--as-of", "2018-06-19", children.toString());
    assertThat(alone.out()).isEqualTo("valid: 0 errors, 0 warnings\n");
    Path lonely = Files.createDirectory(dir.resolve("lonely"));
    Files.copy(children, lonely.resolve("children.ndjson"));
    assertThat(run("validate", "--as-of", "2018-06-19", lonely.resolve("children.ndjson").toString()).code()).isEqualTo(1);
    Dataset context = Dataset.builder().from(PeruFixtures.dataset()).children(List.of()).build();
    Path contextFile = write("context.json", AldeaJson.create().encode(context));
    assertThat(run("validate", "--as-of", "2018-06-19", "--context", contextFile.toString(), children.toString()).out())
        .isEqualTo("valid: 0 errors, 0 warnings\n");
  }

  /**
   * A folder's other entities are validated while its children are read: their issues come first
   * all the same, in text and in JSON, and are given when a bad line stops the stream.
   */
  @Test
  void theIssuesOfAFoldersOtherEntitiesComeBeforeItsChildrens() throws IOException {
    Path folder = dir.resolve("folder");
    run("convert", peru().toString(), "--out", folder.toString());
    Path families = folder.resolve("families.ndjson");
    Files.writeString(families, Files.readString(families).replaceFirst("\"village\":\"cv-juliaca\"", "\"village\":\"nowhere\""));
    Path children = folder.resolve("children.ndjson");
    Files.writeString(children, Files.readString(children).replaceFirst("\"family\":\"jul-f01\"", "\"family\":\"nowhere\""));
    String family = "/families/0/village";
    String child = "/children/0/care/family";
    for (String format : List.of("text", "json")) {
      String out = run("validate", "--format", format, "--as-of", "2018-06-19", folder.toString()).out();
      assertThat(out).contains(family, child);
      assertThat(out.indexOf(family)).as(format).isLessThan(out.indexOf(child));
    }
    List<String> lines = Files.readAllLines(children);
    lines.set(2, "{\"id\":\"broken\"}");
    Files.write(children, lines);
    Run stopped = run("validate", "--as-of", "2018-06-19", folder.toString());
    assertThat(stopped.code()).isEqualTo(2);
    assertThat(stopped.out()).contains("reference.unknown at " + family);
  }

  @Test
  void aBadNdjsonLineStopsOrIsSkippedWhenTolerant() throws IOException {
    Path folder = dir.resolve("folder");
    run("convert", peru().toString(), "--out", folder.toString());
    Path children = folder.resolve("children.ndjson");
    List<String> lines = Files.readAllLines(children);
    lines.set(3, "{\"id\":\"broken\"}");
    Files.write(children, lines);
    Run strict = run("validate", "--as-of", "2018-06-19", folder.toString());
    assertThat(strict.code()).isEqualTo(2);
    // Pointed to as in a document: the fourth line is the third child, /children/2.
    assertThat(strict.err()).contains("children.ndjson: /children/2 (line 4, column 1): born: is required")
        .doesNotContain("skipped");
    Run json = run("validate", "--format", "json", "--as-of", "2018-06-19", folder.toString());
    assertThat(json.out()).contains("\"pointer\":\"/children/2\",\"line\":4");
    Run tolerant = run("validate", "--as-of", "2018-06-19", "--tolerant", folder.toString());
    assertThat(tolerant.code()).isEqualTo(2);
    assertThat(tolerant.err()).contains("skipped bad line 4 at /children/2 (column 1): born: is required");
    assertThat(tolerant.out()).contains("valid: 0 errors");
  }

  @Test
  void usageErrorsExitWith64() {
    assertThat(run("validate").code()).isEqualTo(64);
    assertThat(run("validate", "--lang", "fr", "x.json").code()).isEqualTo(64);
    assertThat(run("validate", "--as-of", "2018-13-01", "x.json").code()).isEqualTo(64);
    assertThat(run("frobnicate").code()).isEqualTo(64);
    assertThat(run("schema", "--kind", "pets").code()).isEqualTo(64);
    assertThat(run("generate", "--children", "5", "--format", "ndjson").code()).isEqualTo(64);
  }

  @Test
  void everySubcommandIsOfferedThoughARunBuildsOnlyTheOneItNames() {
    List<String> names = List.of("validate", "summary", "convert", "schema", "anonymise", "generate", "generate-completion");
    assertThat(run("--help").out()).contains(names);
    assertThat(run("--bogus").err()).contains("unknown option --bogus");
    assertThat(run("valdate").err()).contains("Did you mean: aldea validate");
    assertThat(run("generate-completion").out()).contains("local commands=\"" + String.join(" ", names) + "\"");
    assertThat(Aldea.subcommandsFor("validate", "x.json")).containsExactly(ValidateCommand.class);
    assertThat(Aldea.subcommandsFor()).isEmpty();
    assertThat(Aldea.subcommandsFor("generate-completion")).hasSize(names.size());
    assertThat(Aldea.subcommandsFor("--help")).hasSize(names.size());
  }

  @Test
  void aFolderWithoutNdjsonFilesIsNotValidData() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Run run = run("validate", empty.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("the folder holds none of locations.ndjson");
    assertThat(run("summary", empty.toString()).code()).isEqualTo(2);
  }

  @Test
  void aMissingFileExitsWith2() {
    Run run = run("validate", dir.resolve("nowhere.json").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or folder");
  }

  @TestFactory
  Stream<DynamicTest> theJsonTestSuiteIsRefusedWithExitCode2() throws IOException {
    // The suite vendored in the json module's test resources; this module's POM names the folder.
    String folder = System.getProperty("aldea.jsonTestSuite");
    assertThat(folder).as("system property aldea.jsonTestSuite (set by examples/pom.xml)").isNotNull();
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      List<Path> suite = files.sorted().toList();
      assertThat(suite).hasSize(318);
      return suite.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
        Run run = run("validate", "--format", "json", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).startsWith("{\"valid\":false,\"decodeError\":{");
      }));
    }
  }

  @Test
  void summarisesADocument() throws IOException {
    Run run = run("summary", peru().toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("== Callao (pe-callao), Callao, PE").contains("SOS families       6, 45 children in 48 places")
        .contains("youth_follow_up 31, left_care 6");
    assertThat(run("summary", write("x.json", "[]").toString()).code()).isEqualTo(2);
  }

  @Test
  void convertsBetweenADocumentAndAFolderLosslessly() throws IOException {
    Path folder = dir.resolve("folder");
    assertThat(run("convert", peru().toString(), "--out", folder.toString()).code()).isZero();
    assertThat(folder.resolve("children.ndjson")).exists();
    Path back = dir.resolve("back.json");
    assertThat(run("convert", folder.toString(), "--out", back.toString()).code()).isZero();
    assertThat(Files.readAllBytes(back)).isEqualTo(PeruFixtures.json());
  }

  @Test
  void printsTheSchemas() {
    assertThat(run("schema").out()).isEqualTo(JsonSchemas.document());
    assertThat(run("schema", "--kind", "header").out()).isEqualTo(JsonSchemas.ndjsonHeader());
    assertThat(run("schema", "--kind", "families").out()).isEqualTo(JsonSchemas.entity(EntityKind.FAMILIES));
  }

  @Test
  void anonymisesSoThatTheResultStillValidatesAndHoldsNoNamesOrDays() throws IOException {
    Dataset named = Dataset.builder().from(PeruFixtures.part(PeruFixtures.JULIACA)).children(
        PeruFixtures.part(PeruFixtures.JULIACA).children().stream()
            .map(child -> org.aldea.core.model.Child.builder().from(child).name("Rosa Quispe").build()).toList()).build();
    Path input = write("named.json", AldeaJson.create().encode(named));
    Run first = run("anonymise", "--key", "a secret of sixteen chars", input.toString());
    assertThat(first.code()).isZero();
    assertThat(first.out()).doesNotContain("Rosa").doesNotContain("jul-c001").doesNotContain("pe-juliaca");
    assertThat(run("anonymise", "--key", "a secret of sixteen chars", input.toString()).out()).isEqualTo(first.out());
    Dataset anonymous = AldeaJson.create().decodeDataset(first.out()).value();
    assertThat(AldeaValidator.create(ValidationPolicy.asOf(PeruFixtures.AS_OF)).validate(anonymous).issues()).isEmpty();
    assertThat(run("anonymise", "--key", "short", input.toString()).code()).isEqualTo(64);
  }

  @Test
  void generatesValidDataInBothForms() throws IOException {
    Run json = run("generate", "--children", "300", "--seed", "7");
    assertThat(json.code()).isZero();
    Dataset generated = AldeaJson.create().decodeDataset(json.out()).value();
    assertThat(generated.children()).hasSize(300);
    Path folder = dir.resolve("load");
    assertThat(run("generate", "--children", "2000", "--format", "ndjson", "--out", folder.toString()).code()).isZero();
    assertThat(run("validate", "--as-of", "2018-06-19", folder.toString()).out()).isEqualTo("valid: 0 errors, 0 warnings\n");
  }

  @Test
  void theSameSeedGivesTheSameDataAsADocumentAndAsAFolder() throws IOException {
    Path document = dir.resolve("generated.json");
    Path folder = dir.resolve("generated");
    assertThat(run("generate", "--children", "1234", "--seed", "9", "--out", document.toString()).code()).isZero();
    assertThat(run("generate", "--children", "1234", "--seed", "9", "--format", "ndjson", "--out", folder.toString())
        .code()).isZero();
    Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), System.out, System.err, false);
    Dataset fromDocument = Datasets.load(document.toString(), terminal, AldeaJson.create());
    assertThat(fromDocument.children()).hasSize(1234);
    assertThat(fromDocument.locations()).hasSize(3);
    assertThat(Datasets.load(folder.toString(), terminal, AldeaJson.create())).isEqualTo(fromDocument);
  }

  @Test
  void showsProgressOnlyToAPerson() {
    Path quiet = dir.resolve("quiet");
    assertThat(run(new byte[0], false, "generate", "--children", "120000", "--format", "ndjson", "--out", quiet.toString())
        .err()).isEmpty();
    Path watched = dir.resolve("watched");
    assertThat(run(new byte[0], true, "generate", "--children", "120000", "--format", "ndjson", "--out", watched.toString())
        .err()).contains("children generated: 100000");
  }
}
