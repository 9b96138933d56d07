package org.aldea.spring.boot;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.json.DecodeWarning;
import org.aldea.json.Decoded;
import org.aldea.testkit.PeruFixtures;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.Issue;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An application as its developer writes it: the starter, and not a line of configuration. */
@SpringBootApplication
public class TestApplication {
  /** Creates the application. */
  public TestApplication() {}

  /** The endpoints the tests call. */
  @RestController
  static class Endpoints {
    private final AldeaValidator validator;

    Endpoints(AldeaValidator validator) {
      this.validator = validator;
    }

    @GetMapping("/peru")
    Dataset peru() {
      return PeruFixtures.dataset();
    }

    @PostMapping("/datasets")
    Map<String, Object> dataset(@RequestBody Dataset dataset) {
      return Map.of("children", dataset.children().size());
    }

    @PostMapping("/datasets/decoded")
    Map<String, Object> decoded(@RequestBody Decoded<Dataset> decoded) {
      return Map.of("children", decoded.value().children().size(),
          "warnings", decoded.warnings().stream().map(DecodeWarning::pointer).toList());
    }

    @PostMapping("/datasets/report")
    Map<String, Object> report(@RequestBody Dataset dataset, Locale locale) {
      List<Issue> issues = validator.withLocale(locale).validate(dataset).issues();
      return Map.of("codes", issues.stream().map(Issue::code).toList(),
          "messages", issues.stream().map(Issue::message).toList(),
          "asOf", validator.policy().asOf().toString());
    }

    @PostMapping("/children")
    Map<String, Object> child(@Valid @RequestBody Child child) {
      return Map.of("id", child.id().value());
    }

    /** A body of the application's own types, to which Aldea's limits apply too. */
    @PostMapping("/notes")
    Map<String, Object> notes(@RequestBody Map<String, Object> notes) {
      return Map.of("keys", notes.size());
    }
  }
}
