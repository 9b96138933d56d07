package org.aldea.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.aldea.core.model.Dataset;
import org.junit.jupiter.api.Test;

/** Any 1.x is read; a later minor's unknown properties are warnings, or refused in strict mode. */
class VersionsTest {
  private static final String LATER_MINOR = "{\"schemaVersion\":\"1.4\",\"funding\":{\"donors\":[1,2]},"
      + "\"villages\":[{\"id\":\"v1\",\"name\":\"V\",\"location\":\"l1\",\"motto\":\"x\",\"opened\":\"2008\"}]}";

  @Test
  void readsALaterMinorAndWarnsOfEachUnknownPropertyWithItsPointer() {
    Decoded<Dataset> decoded = AldeaJson.create().decodeDataset(LATER_MINOR);
    assertThat(decoded.value().schemaVersion()).isEqualTo("1.4");
    assertThat(decoded.value().villages()).hasSize(1);
    assertThat(decoded.value().villages().get(0).opened()).isPresent();
    assertThat(decoded.warnings()).extracting(DecodeWarning::code).containsOnly(DecodeWarning.UNKNOWN_PROPERTY);
    assertThat(decoded.warnings()).extracting(DecodeWarning::pointer).containsExactly("/funding", "/villages/0/motto");
    assertThat(decoded.warnings()).allSatisfy(warning -> assertThat(warning.line()).isEqualTo(1));
  }

  @Test
  void strictModeRefusesTheFirstUnknownProperty() {
    JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class,
        () -> AldeaJson.builder().strict(true).build().decodeDataset(LATER_MINOR));
    assertThat(refused.pointer()).isEqualTo("/funding");
    assertThat(refused.reason()).isEqualTo("unknown property");
  }

  @Test
  void aDocumentOfTheCurrentVersionHasNoWarnings() {
    assertThat(AldeaJson.create().decodeDataset("{\"schemaVersion\":\"1.0\"}").warnings()).isEmpty();
  }
}
