package org.aldea.spring.boot;

import org.aldea.json.AldeaJson;
import org.aldea.json.AldeaJsonModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Aldea's types in Boot's JSON mapper: registers {@link AldeaJsonModule} as a bean, which Boot adds
 * to its mapper whatever {@code spring.jackson.find-and-add-modules} says; builds Boot's mapper on a
 * factory with Aldea's input limits ({@link AldeaJson#withLimits}) unless {@code
 * aldea.json.limits=false}, refusing trailing content too; and refuses unknown properties when
 * {@code aldea.json.strict=true}.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass({JsonMapper.class, AldeaJsonModule.class})
@EnableConfigurationProperties(AldeaProperties.class)
public final class AldeaJacksonAutoConfiguration {
  /** Creates the configuration; Spring Boot calls this. */
  public AldeaJacksonAutoConfiguration() {}

  /**
   * The module, added to Boot's mapper with the other module beans.
   *
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  AldeaJsonModule aldeaJsonModule() {
    return new AldeaJsonModule();
  }

  /**
   * Boot's mapper builder, as Boot makes it (its customizers applied in order) but on a factory
   * with Aldea's limits: Jackson's builder cannot change its factory afterwards.
   *
   * @param customizers Boot's and the application's customizers
   * @return a new builder for each mapper
   */
  @Bean
  @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "aldea.json.limits", matchIfMissing = true)
  JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
    JsonMapper.Builder builder = JsonMapper.builder(AldeaJson.withLimits(new JsonFactory()))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder;
  }

  /**
   * Refuses unknown properties when {@code aldea.json.strict=true}; applied after Boot's own
   * customizer, so that it wins over {@code spring.jackson.deserialization.*}.
   *
   * @param properties the {@code aldea.*} settings
   * @return the customizer
   */
  @Bean
  JsonMapperBuilderCustomizer aldeaStrictJsonCustomizer(AldeaProperties properties) {
    return new StrictCustomizer(properties.getJson().isStrict());
  }

  /** Enables {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} in strict mode. */
  private static final class StrictCustomizer implements JsonMapperBuilderCustomizer, Ordered {
    private final boolean strict;

    StrictCustomizer(boolean strict) {
      this.strict = strict;
    }

    @Override
    public void customize(JsonMapper.Builder builder) {
      if (strict) {
        builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      }
    }

    @Override
    public int getOrder() {
      return 100; // after Boot's own, at 0
    }
  }
}
