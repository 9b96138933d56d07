package org.aldea.spring.boot;

import jakarta.validation.ClockProvider;
import org.aldea.spring.boot.internal.ProblemDetails;
import org.aldea.spring.boot.internal.ReferenceDateCheck;
import org.aldea.spring.boot.internal.RequestParameterClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC answers for refused request bodies: RFC 9457 problem details with the pointer, line
 * and column of an undecodable body and the broken constraints of an invalid one, never a value of
 * the input; and, when the reference date is a request parameter, a 400 for one that is not a
 * date.
 */
@AutoConfiguration(after = AldeaValidationAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class})
public final class AldeaWebMvcAutoConfiguration {
  /** Creates the configuration; Spring Boot calls this. */
  public AldeaWebMvcAutoConfiguration() {}

  /**
   * The problem details of refused request bodies.
   *
   * @return the controller advice
   */
  @Bean
  @ConditionalOnMissingBean
  ProblemDetails aldeaProblemDetails() {
    return new ProblemDetails();
  }

  /**
   * Checks a request's reference date parameter before its handler runs, when the reference date
   * is one.
   *
   * @param clock the clock of the reference date
   * @return the configurer that adds the check
   */
  @Bean
  WebMvcConfigurer aldeaReferenceDateCheck(ObjectProvider<ClockProvider> clock) {
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        ClockProvider provider = clock.getIfAvailable();
        if (provider instanceof RequestParameterClock) {
          registry.addInterceptor(new ReferenceDateCheck((RequestParameterClock) provider));
        }
      }
    };
  }
}
