package org.aldea.spring.boot;

import jakarta.validation.ClockProvider;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.aldea.spring.boot.internal.ReferenceDateClock;
import org.aldea.spring.boot.internal.RequestLanguageInterpolator;
import org.aldea.spring.boot.internal.SeverityAwareValidatorFactoryBean;
import org.aldea.validation.AldeaMessageInterpolator;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.ValidationPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Bean Validation and {@link AldeaValidator} with Aldea's settings ({@code aldea.validation.*}):
 *
 * <ul>
 *   <li>a {@link ClockProvider} whose today is the reference date: the system clock's, a fixed date,
 *       or a request parameter's; an application's own {@code ClockProvider} bean replaces it;
 *   <li>Boot's validator (the {@code defaultValidator} Boot would make, with the application's
 *       {@link ValidationConfigurationCustomizer}s) with that clock, the rules' messages in the
 *       request's language ({@code Accept-Language}, else {@code aldea.validation.default-language}),
 *       and broken rules that are warnings left out of Spring's {@code Errors} unless {@code
 *       aldea.validation.warnings-reject=true}, so that they do not reject a {@code @Valid} body;
 *   <li>an {@link AldeaValidator} with the same clock, in the default language.
 * </ul>
 */
@AutoConfiguration(before = ValidationAutoConfiguration.class)
@ConditionalOnClass({Validator.class, AldeaValidator.class})
@EnableConfigurationProperties(AldeaProperties.class)
public final class AldeaValidationAutoConfiguration {
  /** Creates the configuration; Spring Boot calls this. */
  public AldeaValidationAutoConfiguration() {}

  /**
   * The clock of the reference date.
   *
   * @param properties the {@code aldea.*} settings
   * @return the clock provider
   * @throws IllegalArgumentException if {@code aldea.validation.reference-date} is none of
   *     {@code today}, {@code parameter} and a date
   */
  @Bean
  @ConditionalOnMissingBean
  static ClockProvider aldeaClockProvider(AldeaProperties properties) {
    AldeaProperties.Validation validation = properties.getValidation();
    return ReferenceDateClock.of(validation.getReferenceDate(), validation.getReferenceDateParameter());
  }

  /**
   * The application's Bean Validation validator, as Boot makes it, with Aldea's settings.
   *
   * @param context the application context, for Boot's message interpolator
   * @param customizers the application's customizers of the configuration, applied after Aldea's
   * @param clock the clock of the reference date
   * @param properties the {@code aldea.*} settings
   * @return the validator
   */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  @ConditionalOnMissingBean(Validator.class)
  static LocalValidatorFactoryBean defaultValidator(ApplicationContext context,
      ObjectProvider<ValidationConfigurationCustomizer> customizers, ClockProvider clock, AldeaProperties properties) {
    AldeaProperties.Validation validation = properties.getValidation();
    LocalValidatorFactoryBean validator = new SeverityAwareValidatorFactoryBean(validation.isWarningsReject());
    validator.setConfigurationInitializer(configuration -> {
      configuration.clockProvider(clock);
      customizers.orderedStream().forEach(customizer -> customizer.customize(configuration));
    });
    // Spring wraps it in turn with the locale of the request in hand.
    validator.setMessageInterpolator(new RequestLanguageInterpolator(
        new AldeaMessageInterpolator(new MessageInterpolatorFactory(context).getObject()),
        validation.getDefaultLanguage()));
    return validator;
  }

  /**
   * The validator of whole datasets, with the same reference date as Bean Validation's.
   *
   * @param clock the clock of the reference date
   * @param properties the {@code aldea.*} settings
   * @return the validator
   */
  @Bean
  @ConditionalOnMissingBean
  AldeaValidator aldeaValidator(ClockProvider clock, AldeaProperties properties) {
    ValidationPolicy policy = ValidationPolicy.builder(LocalDate.now(clock.getClock()))
        .locale(properties.getValidation().getDefaultLanguage())
        .build();
    return AldeaValidator.create(policy).withClock(clock);
  }
}
