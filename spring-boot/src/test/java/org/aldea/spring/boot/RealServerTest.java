package org.aldea.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aldea.json.AldeaJson;
import org.aldea.testkit.ConformanceCorpus;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application served by Tomcat on 127.0.0.1, on a port of its own, called over HTTP (with
 * {@link HttpURLConnection}: the tests are compiled in the module, which does not read {@code
 * java.net.http}). Tomcat's working folder is in {@code target}: by default it is made in the
 * system's temporary folder, and left there after every run.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "server.tomcat.basedir=target/tomcat"})
@ExtendWith(OutputCaptureExtension.class)
class RealServerTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  @LocalServerPort
  private int port;

  @Test
  void undecodableDocumentsAndBadChildrenAreBadRequestsThatRepeatNothing(CapturedOutput output) throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> document : Requests.undecodableDocuments().toList()) {
      Response response = post("/datasets", ConformanceCorpus.read(document.getKey()), null);
      if (response.status() != 400
          || !TREES.readTree(response.body()).path("pointer").asString("?").equals(document.getValue())) {
        wrong.add(document.getKey() + " -> " + response.status());
      }
    }
    for (Map.Entry<String, String> child : Requests.badChildren().entrySet()) {
      Response response = post("/children", child.getKey().getBytes(StandardCharsets.UTF_8), null);
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.contentType()).isEqualTo("application/problem+json");
      assertThat(TREES.readTree(response.body()).get("pointer").asString()).isEqualTo(child.getValue());
      assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain(Requests.SECRET);
    }
    assertThat(wrong).isEmpty();
    assertThat(output.getAll()).doesNotContain(Requests.SECRET);
  }

  @Test
  void peruComesBackByteForByteAndMessagesInTheAskedLanguage() throws Exception {
    Response peru = call("GET", "/peru", null, null);
    assertThat(peru.status()).isEqualTo(200);
    assertThat(peru.body()).isEqualTo(AldeaJson.create().encode(PeruFixtures.dataset()).getBytes(StandardCharsets.UTF_8));

    byte[] unborn = Requests.child("2100", "{\"type\":\"left_care\",\"on\":\"2101\",\"reason\":\"independent_life\"}", "")
        .getBytes(StandardCharsets.UTF_8);
    JsonNode spanish = TREES.readTree(post("/children", unborn, "es").body());
    assertThat(StarterTest.error(spanish, "child.born_in_future").get("message").asString())
        .startsWith("La fecha de nacimiento 2100");
    assertThat(post("/children", Requests.childTooOldForCare().getBytes(StandardCharsets.UTF_8), null).status())
        .as("a warning does not reject").isEqualTo(200);
  }

  private Response post(String path, byte[] body, String language) throws IOException {
    return call("POST", path, body, language);
  }

  private Response call(String method, String path, byte[] body, String language) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
        .openConnection();
    connection.setConnectTimeout(10_000);
    connection.setReadTimeout(30_000);
    connection.setRequestMethod(method);
    if (language != null) {
      connection.setRequestProperty("Accept-Language", language);
    }
    if (body != null) {
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body);
      }
    }
    int status = connection.getResponseCode();
    try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      return new Response(status, connection.getContentType(), in == null ? new byte[0] : in.readAllBytes());
    } finally {
      connection.disconnect();
    }
  }

  /** What the server answered. */
  private record Response(int status, String contentType, byte[] body) {}
}
