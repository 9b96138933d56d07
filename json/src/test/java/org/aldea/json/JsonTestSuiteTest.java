package org.aldea.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Nicolas Seriot's JSONTestSuite, vendored in this module's test resources (see its README): none of
 * its files is an Aldea document, so the decoder must refuse every one with its own exception, quickly.
 */
class JsonTestSuiteTest {
  static final Path SUITE = suite();

  private static Path suite() {
    try {
      return Path.of(JsonTestSuiteTest.class.getResource("/JSONTestSuite/test_parsing").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(SUITE)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void theWholeSuiteIsThere() throws IOException {
    assertThat(SUITE).isDirectory();
    assertThat(files()).hasSize(318);
  }

  @TestFactory
  Stream<DynamicTest> everyFileIsRefusedWithOurException() throws IOException {
    AldeaJson json = AldeaJson.create();
    return files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      byte[] bytes = Files.readAllBytes(file);
      Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(10),
          () -> catchThrowable(() -> json.decodeDataset(new ByteArrayInputStream(bytes))));
      assertThat(thrown).isInstanceOf(JsonDecodingException.class);
    }));
  }
}
