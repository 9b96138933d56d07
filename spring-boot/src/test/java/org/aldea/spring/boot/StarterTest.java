package org.aldea.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aldea.json.AldeaJson;
import org.aldea.testkit.ConformanceCorpus;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The starter with no configuration at all, through MockMvc. */
@SpringBootTest(classes = TestApplication.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ExtendWith(OutputCaptureExtension.class)
class StarterTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  @Autowired
  private MockMvc mvc;

  @Test
  void everyUndecodableDocumentOfTheCorpusIsABadRequestAtTheManifestsPointer() throws Exception {
    List<String> wrong = new ArrayList<>();
    List<Map.Entry<String, String>> documents = Requests.undecodableDocuments().toList();
    assertThat(documents).hasSizeGreaterThanOrEqualTo(48);
    for (Map.Entry<String, String> document : documents) {
      MockHttpServletResponse response = send(post("/datasets"), ConformanceCorpus.read(document.getKey()));
      JsonNode problem = response.getStatus() == 400 ? TREES.readTree(response.getContentAsByteArray()) : null;
      if (problem == null || !problem.path("pointer").asString("?").equals(document.getValue())) {
        wrong.add(document.getKey() + " -> " + response.getStatus() + " " + response.getContentAsString());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aBadChildIsABadRequestThatSaysWhereAndRepeatsNothing(CapturedOutput output) throws Exception {
    for (Map.Entry<String, String> child : Requests.badChildren().entrySet()) {
      MockHttpServletResponse response = send(post("/children"), child.getKey().getBytes(StandardCharsets.UTF_8));
      assertThat(response.getStatus()).as(child.getKey()).isEqualTo(400);
      assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      JsonNode problem = TREES.readTree(response.getContentAsByteArray());
      assertThat(problem.get("type").asString()).isEqualTo("https://aldea.org/problems/undecodable");
      assertThat(problem.get("pointer").asString()).as(child.getKey()).isEqualTo(child.getValue());
      assertThat(problem.get("line").asLong()).isEqualTo(1);
      assertThat(problem.get("column").asLong()).isPositive();
      assertThat(problem.get("detail").asString()).isNotBlank();
      assertThat(response.getContentAsString()).doesNotContain(Requests.SECRET);
    }
    assertThat(output.getAll()).doesNotContain(Requests.SECRET);
  }

  @Test
  void aValidChildIsAccepted() throws Exception {
    MockHttpServletResponse response = send(post("/children"), Requests.child().getBytes(StandardCharsets.UTF_8));
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString()).isEqualTo("{\"id\":\"c-1\"}");
  }

  @Test
  void aldeasLimitsApplyToEveryBodyTheApplicationReads(CapturedOutput output) throws Exception {
    String deep = "{\"a\":" + "[".repeat(AldeaJson.MAX_NESTING_DEPTH) + "]".repeat(AldeaJson.MAX_NESTING_DEPTH) + "}";
    assertThat(problem(post("/notes"), deep).get("detail").asString()).contains("nested deeper than 16 levels");
    String longString = "{\"a\":\"" + Requests.SECRET + "x".repeat(AldeaJson.MAX_STRING_LENGTH) + "\"}";
    assertThat(problem(post("/notes"), longString).get("pointer").asString()).isEqualTo("/a");
    assertThat(problem(post("/notes"), "{\"a\":1,\"a\":2}").get("detail").asString()).isEqualTo("duplicate property");
    JsonNode token = problem(post("/notes"), "{\"a\":" + Requests.SECRET + "}");
    assertThat(token.get("pointer").asString()).isEqualTo("/a");
    assertThat(token.toString()).doesNotContain(Requests.SECRET);
    assertThat(problem(post("/notes"), "{\"a\":1} {}").get("detail").asString()).isNotBlank();
    assertThat(output.getAll()).doesNotContain(Requests.SECRET);
    assertThat(send(post("/notes"), "{\"a\":1}".getBytes(StandardCharsets.UTF_8)).getStatus()).isEqualTo(200);
  }

  @Test
  void peruIsWrittenByteForByteAsTheCanonicalEncoding() throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/peru")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsByteArray()).isEqualTo(
        AldeaJson.create().encode(PeruFixtures.dataset()).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void unknownPropertiesAreIgnoredAndADecodedBodyTellsTheController() throws Exception {
    String document = "{\"schemaVersion\":\"1.0\",\"children\":[" + Requests.child(
        "2000", "{\"type\":\"left_care\",\"on\":\"2015\",\"reason\":\"independent_life\"}", ",\"later\":1") + "]}";
    MockHttpServletResponse response = send(post("/datasets/decoded"), document.getBytes(StandardCharsets.UTF_8));
    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode body = TREES.readTree(response.getContentAsByteArray());
    assertThat(body.get("warnings").get(0).asString()).isEqualTo("/children/0/later");
    assertThat(send(post("/datasets"), document.getBytes(StandardCharsets.UTF_8)).getStatus()).isEqualTo(200);
  }

  @Test
  void warningsDoNotRejectAValidBodyByDefault() throws Exception {
    MockHttpServletResponse response = send(post("/children"), Requests.childTooOldForCare().getBytes(StandardCharsets.UTF_8));
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
  }

  @Test
  void brokenRulesAreABadRequestWithTheirMessagesInTheRequestsLanguage() throws Exception {
    byte[] tooYoung = Requests.child("2030", "{\"type\":\"left_care\",\"on\":\"2031\",\"reason\":\"independent_life\"}", "")
        .getBytes(StandardCharsets.UTF_8);
    JsonNode english = TREES.readTree(send(post("/children"), tooYoung).getContentAsByteArray());
    assertThat(english.get("type").asString()).isEqualTo("https://aldea.org/problems/invalid");
    assertThat(english.get("errors")).isNotEmpty();
    JsonNode bornInFuture = error(english, "child.born_in_future");
    assertThat(bornInFuture.get("pointer").asString()).isEqualTo("/born");
    assertThat(bornInFuture.get("severity").asString()).isEqualTo("error");
    assertThat(bornInFuture.get("message").asString()).startsWith("The birth date 2030");

    JsonNode spanish = TREES.readTree(send(post("/children").header("Accept-Language", "es-PE,es;q=0.9"), tooYoung)
        .getContentAsByteArray());
    assertThat(error(spanish, "child.born_in_future").get("message").asString()).startsWith("La fecha de nacimiento 2030");
    JsonNode norwegian = TREES.readTree(send(post("/children").header("Accept-Language", "fr, no;q=0.5"), tooYoung)
        .getContentAsByteArray());
    assertThat(error(norwegian, "child.born_in_future").get("message").asString())
        .isNotEqualTo(bornInFuture.get("message").asString())
        .isNotEqualTo(error(spanish, "child.born_in_future").get("message").asString());
  }

  @Test
  void theValidatorBeanSpeaksTheRequestsLanguageWhenAskedAndUsesTodayByDefault() throws Exception {
    String document = "{\"schemaVersion\":\"1.0\",\"children\":[" + Requests.childTooOldForCare() + "]}";
    JsonNode body = TREES.readTree(send(post("/datasets/report").header("Accept-Language", "es"),
        document.getBytes(StandardCharsets.UTF_8)).getContentAsByteArray());
    assertThat(body.get("codes").valueStream().map(JsonNode::asString).toList())
        .contains("child.too_old_for_care", "reference.unknown");
    assertThat(body.get("asOf").asString()).isEqualTo(java.time.LocalDate.now().toString());
  }

  static JsonNode error(JsonNode problem, String code) {
    return problem.get("errors").valueStream().filter(error -> error.get("code").asString().equals(code))
        .findFirst().orElseThrow(() -> new AssertionError(code + " not in " + problem));
  }

  private JsonNode problem(MockHttpServletRequestBuilder request, String body) throws Exception {
    MockHttpServletResponse response = send(request, body.getBytes(StandardCharsets.UTF_8));
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
    return TREES.readTree(response.getContentAsByteArray());
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request, byte[] body) throws Exception {
    return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
  }
}
