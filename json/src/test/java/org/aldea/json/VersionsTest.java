package org.aldea.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.aldea.core.model.Dataset;
import org.junit.jupiter.api.Test;

/**
 * Any 1.x is read as 1.0, the version the library implements: a later minor's unknown properties
 * are warnings (or refused in strict mode), and what is written is what the data conforms to.
 */
class VersionsTest {
  private static final String LATER_MINOR = "{\"schemaVersion\":\"1.4\",\"funding\":{\"donors\":[1,2]},"
      + "\"villages\":[{\"id\":\"v1\",\"name\":\"V\",\"location\":\"l1\",\"motto\":\"x\",\"opened\":\"2008\"}]}";

  @Test
  void readsALaterMinorAndWarnsOfEachUnknownPropertyWithItsPointer() {
    Decoded<Dataset> decoded = AldeaJson.create().decodeDataset(LATER_MINOR);
    assertThat(decoded.value().schemaVersion()).isEqualTo("1.0");
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
  void aDecodedLaterMinorIsWrittenAsTheVersionItsContentConformsTo() {
    AldeaJson json = AldeaJson.create();
    String written = json.encode(json.decodeDataset(LATER_MINOR).value());
    assertThat(written).startsWith("{\"schemaVersion\":\"1.0\",").doesNotContain("funding", "motto");
  }

  @Test
  void aMinorIsWrittenInDecimalWithoutLeadingZeros() {
    AldeaJson json = AldeaJson.create();
    for (String version : new String[] {"1.0", "1.1", "1.10", "1.9999"}) {
      assertThat(json.decodeDataset("{\"schemaVersion\":\"" + version + "\"}").value().schemaVersion()).isEqualTo("1.0");
    }
    for (String version : new String[] {"1.00", "1.01", "1", "1.", "1.10000", "2.0", "0.9", "1.0\n", "1.\u0660"}) {
      JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class,
          () -> json.decodeDataset("{\"schemaVersion\":\"" + version.replace("\n", "\\n") + "\"}"));
      assertThat(refused).as(version).isNotNull();
      assertThat(refused.pointer()).isEqualTo("/schemaVersion");
    }
  }

  @Test
  void aSchemaPropertyForEditorsIsAllowedAndNotWritten() {
    AldeaJson json = AldeaJson.builder().strict(true).build();
    Decoded<Dataset> decoded = json.decodeDataset(
        "{\"$schema\":\"https://aldea.org/schema/1.0/document.schema.json\",\"schemaVersion\":\"1.0\"}");
    assertThat(decoded.warnings()).isEmpty();
    assertThat(json.encode(decoded.value())).startsWith("{\"schemaVersion\":\"1.0\",\"locations\":[]").doesNotContain("$schema");
  }

  @Test
  void aDocumentOfTheCurrentVersionHasNoWarnings() {
    assertThat(AldeaJson.create().decodeDataset("{\"schemaVersion\":\"1.0\"}").warnings()).isEmpty();
  }
}
