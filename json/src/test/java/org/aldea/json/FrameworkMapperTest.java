package org.aldea.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Aldea's types in a mapper that is not {@link AldeaJson}'s: a framework's, with Jackson's defaults
 * (which quote up to 256 characters of a bad token in their messages).
 */
class FrameworkMapperTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new AldeaJsonModule()).build();
  private static final String CHILD = "{\"id\":\"c-1\",\"born\":\"2010\",\"care\":{\"type\":\"left_care\",\"on\":\"2015\",\"reason\":\"independent_life\"},\"education\":\"completed\",\"adaptedTeaching\":false,\"sponsored\":false";

  @Test
  void aDecodingFailureIsAJacksonStreamReadExceptionSoFrameworksAnswerBadRequest() {
    Throwable thrown = catchThrowableOfType(StreamReadException.class,
        () -> PLAIN.readValue("{\"id\":\"c-1\",\"born\":\"not a date\"}", Child.class));
    assertThat(thrown).isInstanceOf(JsonDecodingException.class);
    JsonDecodingException e = (JsonDecodingException) thrown;
    assertThat(e.pointer()).isEqualTo("/born");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isPositive();
    assertThat(e.getMessage()).isEqualTo(e.getOriginalMessage()).startsWith("/born (line 1, column ")
        .doesNotContain("not a date");
  }

  @Test
  void jacksonsOwnParseErrorsInAldeasTypesQuoteNothingEvenWithJacksonsDefaultErrorReporting() {
    JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
        () -> PLAIN.readValue("{\"id\":\"c-1\",\"name\":SECRETNAME-123}", Child.class));
    assertThat(e.pointer()).isEqualTo("/name");
    assertThat(e.reason()).isEqualTo("malformed JSON");
    assertThat(e).hasNoCause();
    assertThat(e.toString()).doesNotContain("SECRET");
  }

  @Test
  void ofTranslatesJacksonsErrorsInTypesOfTheUsersOwnWithoutTheirText() {
    JacksonException token = catchThrowableOfType(JacksonException.class,
        () -> PLAIN.readValue("{\"a\":{\"name\":SECRETNAME-123}}", Map.class));
    assertThat(token.getMessage()).contains("SECRETNAME"); // why the translation is needed
    JsonDecodingException parse = JsonDecodingException.of(token);
    assertThat(parse.pointer()).isEqualTo("/a/name");
    assertThat(parse.line()).isEqualTo(1);
    assertThat(parse.reason()).isEqualTo("malformed JSON");
    assertThat(parse).hasNoCause();
    assertThat(parse.toString()).doesNotContain("SECRET");

    JacksonException binding = catchThrowableOfType(JacksonException.class,
        () -> PLAIN.readValue("{\"pages\":{\"a/b~c\":\"SECRETNAME\"}}", new TypeReference<Map<String, Map<String, Integer>>>() { }));
    assertThat(binding.getMessage()).contains("SECRETNAME");
    JsonDecodingException wrongType = JsonDecodingException.of(binding);
    assertThat(wrongType.pointer()).isEqualTo("/pages/a~1b~0c");
    assertThat(wrongType.reason()).isEqualTo("value not convertible to its type");
    assertThat(wrongType.line()).isEqualTo(1);
    assertThat(wrongType.toString()).doesNotContain("SECRET");

    JsonDecodingException own = new JsonDecodingException("/x", 1, 2, "reason", null);
    assertThat(JsonDecodingException.of(own)).isSameAs(own);
  }

  @Test
  void withLimitsAppliesAldeasLimitsToAFactoryAndKeepsItsOtherSettings() {
    JsonFactory lenient = JsonFactory.builder().enable(tools.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
    JsonMapper limited = JsonMapper.builder(AldeaJson.withLimits(lenient)).build();
    String deep = "[".repeat(AldeaJson.MAX_NESTING_DEPTH + 1) + "]".repeat(AldeaJson.MAX_NESTING_DEPTH + 1);
    assertThatThrownBy(() -> limited.readTree(deep)).isInstanceOf(JacksonException.class);
    assertThat(PLAIN.readTree(deep)).isNotNull(); // Jackson's own default allows 500
    String longString = "\"" + "x".repeat(AldeaJson.MAX_STRING_LENGTH + 1) + "\"";
    assertThatThrownBy(() -> limited.readTree(longString)).isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> limited.readTree("{\"a\":1,\"a\":2}")).isInstanceOf(JacksonException.class);
    JacksonException token = catchThrowableOfType(JacksonException.class, () -> limited.readTree("{\"a\":SECRETNAME}"));
    assertThat(token.getMessage()).doesNotContain("SECRET");
    assertThat(limited.readTree("/* kept */ {\"a\":1}").get("a").asInt()).isEqualTo(1);
    byte[] withByteOrderMark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0x7B, (byte) 0x7D};
    assertThat(PLAIN.readTree(withByteOrderMark).isObject()).isTrue(); // Jackson skips it
    JsonDecodingException mark = JsonDecodingException.of(
        catchThrowableOfType(JacksonException.class, () -> limited.readTree(withByteOrderMark)));
    assertThat(List.of(mark.line(), mark.column())).isEqualTo(List.of(1L, 1L));
    assertThat(mark.reason()).contains("byte order mark");
  }

  @Test
  void aDecodedValueCarriesTheWarningsOfWhatWasIgnored() {
    Decoded<Child> child = PLAIN.readValue(CHILD + ",\"later\":1}", new TypeReference<Decoded<Child>>() { });
    assertThat(child.value().id().value()).isEqualTo("c-1");
    assertThat(child.warnings()).extracting(DecodeWarning::pointer).containsExactly("/later");

    String document = "{\"schemaVersion\":\"1.0\",\"children\":[" + CHILD + ",\"x\":{}}]}";
    Decoded<Dataset> dataset = PLAIN.readValue(document, new TypeReference<Decoded<Dataset>>() { });
    assertThat(dataset.warnings()).extracting(DecodeWarning::pointer).containsExactly("/children/0/x");
    assertThat(dataset.value()).isEqualTo(AldeaJson.create().decodeDataset(document).value());

    JsonMapper strict = PLAIN.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> strict.readValue(document, new TypeReference<Decoded<Dataset>>() { }))
        .isInstanceOf(JsonDecodingException.class);
    assertThatThrownBy(() -> PLAIN.readValue("\"x\"", new TypeReference<Decoded<String>>() { }))
        .isInstanceOf(InvalidDefinitionException.class);
  }
}
