package org.aldea.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.value.Count;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The module works in a user's own mapper, found the standard way. */
class ModuleTest {
  @Test
  void findAndAddModulesFindsIt() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).anySatisfy(module -> assertThat(module).isInstanceOf(AldeaJsonModule.class));
  }

  @Test
  void aUsersMapperReadsAndWritesAldeaTypesInsideItsOwnJson() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Child child = PeruFixtures.dataset().children().get(0);
    Map<String, List<Child>> report = Map.of("children", List.of(child));
    String json = mapper.writeValueAsString(report);
    assertThat(json).contains("\"care\":{\"type\":\"sos_family\"");
    assertThat(mapper.readValue(json, new TypeReference<Map<String, List<Child>>>() { })).isEqualTo(report);
    Map<String, Count> reach = Map.of("dailyReach", Count.about(520));
    assertThat(mapper.writeValueAsString(reach)).isEqualTo("{\"dailyReach\":{\"about\":520}}");
    assertThat(mapper.readValue("{\"dailyReach\":{\"about\":520}}", new TypeReference<Map<String, Count>>() { }))
        .isEqualTo(reach);
  }

  @Test
  void theModuleWritesWhatTheFacadeWrites() {
    JsonMapper mapper = JsonMapper.builder().addModule(new AldeaJsonModule()).build();
    Dataset peru = PeruFixtures.dataset();
    assertThat(mapper.writeValueAsString(peru)).isEqualTo(AldeaJson.create().encode(peru));
  }

  @Test
  void unknownPropertiesFollowTheMappersSetting() {
    String json = "{\"about\":5}";
    String child = AldeaJson.create().encode(PeruFixtures.dataset().children().get(0)).replaceFirst("\\}$", ",\"x\":1}");
    JsonMapper lenient = JsonMapper.builder().addModule(new AldeaJsonModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    JsonMapper strict = JsonMapper.builder().addModule(new AldeaJsonModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThat(lenient.readValue(json, Count.class)).isEqualTo(Count.about(5));
    assertThat(lenient.readValue(child, Child.class)).isEqualTo(PeruFixtures.dataset().children().get(0));
    Throwable refused = catchThrowable(() -> strict.readValue(child, Child.class));
    assertThat(refused).isInstanceOf(JsonDecodingException.class).hasMessageContaining("/x");
  }

  @Test
  void theFacadesMapperHasTheModule() {
    Count count = AldeaJson.create().mapper().readValue("{\"moreThan\":500}", Count.class);
    assertThat(count).isEqualTo(Count.moreThan(500));
  }
}
