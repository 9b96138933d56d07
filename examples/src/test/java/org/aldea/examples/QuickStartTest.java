package org.aldea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start is {@link QuickStart}, line for line, and prints what its comments say.
 */
class QuickStartTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Pattern PRINTS = Pattern.compile("System\\.out\\.println\\(.*\\); +// (.*)");

  /** The README's code block under "## Quick start". */
  private static List<String> readmeQuickStart() throws IOException {
    List<String> lines = Files.readAllLines(MODULE.resolve("../README.md"));
    int section = lines.indexOf("## Quick start");
    assertThat(section).as("README.md has a '## Quick start' section").isNotNegative();
    int start = lines.subList(section, lines.size()).indexOf("```java") + section + 1;
    assertThat(start).as("the section has a java code block").isGreaterThan(section);
    int end = lines.subList(start, lines.size()).indexOf("```") + start;
    return lines.subList(start, end);
  }

  /** QuickStart.java as the README shows it: its imports, a blank line, and main's body. */
  private static List<String> quickStartAsShown() throws IOException {
    List<String> source = Files.readAllLines(MODULE.resolve("src/main/java/org/aldea/examples/QuickStart.java"));
    List<String> shown = new ArrayList<>(source.stream().filter(line -> line.startsWith("import ")).toList());
    shown.add("");
    int main = source.indexOf("  public static void main(String[] args) {");
    assertThat(main).as("QuickStart has a main method").isNotNegative();
    int end = source.subList(main, source.size()).indexOf("  }") + main;
    for (String line : source.subList(main + 1, end)) {
      shown.add(line.isEmpty() ? line : line.substring(4));
    }
    return shown;
  }

  @Test
  void theReadmeShowsQuickStartLineForLine() throws IOException {
    assertThat(readmeQuickStart()).containsExactlyElementsOf(quickStartAsShown());
  }

  @Test
  void quickStartPrintsWhatItsCommentsSay() throws IOException {
    List<String> promised = new ArrayList<>();
    for (String line : quickStartAsShown()) {
      Matcher prints = PRINTS.matcher(line);
      if (prints.find()) {
        promised.add(prints.group(1));
      }
    }
    assertThat(promised).hasSize(3).contains("valid: 0 errors, 0 warnings");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream standardOutput = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(standardOutput);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactlyElementsOf(promised);
  }
}
