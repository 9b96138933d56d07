package org.aldea.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.aldea.json.AldeaJson;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each {@code aldea.*} setting, and Boot's own {@code find-and-add-modules} switched off. */
class SettingsTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final String LATER = "{\"schemaVersion\":\"1.0\",\"children\":[" + Requests.child(
      "2000", "{\"type\":\"left_care\",\"on\":\"2015\",\"reason\":\"independent_life\"}", ",\"later\":1") + "]}";

  /** The endpoints of {@link TestApplication}, through MockMvc. */
  abstract static class Calls {
    @Autowired
    private MockMvc mvc;

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, String body) throws Exception {
      return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)))
          .andReturn().getResponse();
    }

    JsonNode json(MockHttpServletResponse response) throws Exception {
      return TREES.readTree(response.getContentAsByteArray());
    }
  }

  @Nested
  @SpringBootTest(classes = TestApplication.class, properties = "spring.jackson.find-and-add-modules=false")
  @AutoConfigureMockMvc(print = MockMvcPrint.NONE)
  class WithoutFindAndAddModules extends Calls {
    @Test
    void aDocumentBindsAndPeruIsWrittenCanonically() throws Exception {
      assertThat(send(post("/datasets"), LATER).getStatus()).isEqualTo(200);
      assertThat(send(get("/peru"), "").getContentAsString())
          .isEqualTo(AldeaJson.create().encode(PeruFixtures.dataset()));
    }
  }

  @Nested
  @SpringBootTest(classes = TestApplication.class, properties = "aldea.json.strict=true")
  @AutoConfigureMockMvc(print = MockMvcPrint.NONE)
  class Strict extends Calls {
    @Test
    void anUnknownPropertyIsABadRequestAtItsPointer() throws Exception {
      MockHttpServletResponse response = send(post("/datasets/decoded"), LATER);
      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(json(response).get("pointer").asString()).isEqualTo("/children/0/later");
    }
  }

  @Nested
  @SpringBootTest(classes = TestApplication.class, properties = "aldea.json.limits=false")
  @AutoConfigureMockMvc(print = MockMvcPrint.NONE)
  class WithoutLimits extends Calls {
    @Test
    void bootsMapperIsLeftAsBootMakesIt() throws Exception {
      String deep = "{\"a\":" + "[".repeat(20) + "]".repeat(20) + "}";
      assertThat(send(post("/notes"), deep).getStatus()).isEqualTo(200);
      assertThat(send(post("/datasets"), LATER).getStatus()).isEqualTo(200);
    }
  }

  @Nested
  @SpringBootTest(classes = TestApplication.class, properties = "aldea.validation.warnings-reject=true")
  @AutoConfigureMockMvc(print = MockMvcPrint.NONE)
  class WarningsReject extends Calls {
    @Test
    void aWarningRejectsTheBodyAndSaysItIsAWarning() throws Exception {
      MockHttpServletResponse response = send(post("/children"), Requests.childTooOldForCare());
      assertThat(response.getStatus()).isEqualTo(400);
      JsonNode error = json(response).get("errors").get(0);
      assertThat(error.get("code").asString()).isEqualTo("child.too_old_for_care");
      assertThat(error.get("severity").asString()).isEqualTo("warning");
    }
  }

  @Nested
  @SpringBootTest(classes = TestApplication.class, properties = {
      "aldea.validation.reference-date=2018-06-19", "aldea.validation.default-language=es"})
  @AutoConfigureMockMvc(print = MockMvcPrint.NONE)
  class FixedDateAndSpanishByDefault extends Calls {
    @Test
    void datesAreComparedWithTheFixedDateAndMessagesAreInTheDefaultLanguage() throws Exception {
      MockHttpServletResponse response = send(post("/children"), Requests.childBornIn2019());
      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(StarterTest.error(json(response), "child.born_in_future").get("message").asString())
          .startsWith("La fecha de nacimiento 2019");
      MockHttpServletResponse english = send(post("/children").header("Accept-Language", "en-GB"),
          Requests.childBornIn2019());
      assertThat(StarterTest.error(json(english), "child.born_in_future").get("message").asString())
          .startsWith("The birth date 2019");
      String document = "{\"schemaVersion\":\"1.0\"}";
      assertThat(json(send(post("/datasets/report"), document)).get("asOf").asString()).isEqualTo("2018-06-19");
    }
  }

  @Nested
  @SpringBootTest(classes = TestApplication.class, properties = "aldea.validation.reference-date=parameter")
  @AutoConfigureMockMvc(print = MockMvcPrint.NONE)
  class DateFromTheRequest extends Calls {
    @Test
    void theRequestParameterIsTheReferenceDate() throws Exception {
      assertThat(send(post("/children").param("asOf", "2018-06-19"), Requests.childBornIn2019()).getStatus())
          .isEqualTo(400);
      assertThat(send(post("/children").param("asOf", "2021-01-01"), Requests.childBornIn2019()).getStatus())
          .isEqualTo(200);
      assertThat(send(post("/children"), Requests.childBornIn2019()).getStatus()).as("today").isEqualTo(200);
      String document = "{\"schemaVersion\":\"1.0\"}";
      assertThat(json(send(post("/datasets/report").param("asOf", "2018-06-19"), document)).get("asOf").asString())
          .isEqualTo("2018-06-19");
    }

    @Test
    void aParameterThatIsNotADateIsABadRequestThatDoesNotRepeatIt() throws Exception {
      MockHttpServletResponse response = send(post("/children").param("asOf", Requests.SECRET), Requests.child());
      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(json(response).get("parameter").asString()).isEqualTo("asOf");
      assertThat(response.getContentAsString()).doesNotContain(Requests.SECRET);
    }
  }

  @Test
  void everySettingIsDescribedForIdes() throws Exception {
    try (var in = SettingsTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      JsonNode metadata = TREES.readTree(in);
      assertThat(metadata.get("properties").valueStream()
          .filter(property -> !property.path("description").asString("").isBlank())
          .map(property -> property.get("name").asString()))
          .containsExactlyInAnyOrder("aldea.json.strict", "aldea.json.limits", "aldea.validation.reference-date",
              "aldea.validation.reference-date-parameter", "aldea.validation.warnings-reject",
              "aldea.validation.default-language");
    }
  }

  @Test
  void aReferenceDateSettingThatIsNoneOfTheThreeStopsTheApplication() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(AldeaValidationAutoConfiguration.class))
        .withPropertyValues("aldea.validation.reference-date=yesterday")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("aldea.validation.reference-date must be today, parameter or a date"));
  }
}
