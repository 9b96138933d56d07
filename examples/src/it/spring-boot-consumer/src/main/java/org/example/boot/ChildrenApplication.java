package org.example.boot;

import jakarta.validation.Valid;
import java.util.Map;
import org.aldea.core.model.Child;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service that takes children: the starter, and no configuration of Aldea's. */
@SpringBootApplication
@RestController
public class ChildrenApplication {
  public static void main(String[] args) {
    SpringApplication.run(ChildrenApplication.class, args);
  }

  @PostMapping("/children")
  Map<String, String> add(@Valid @RequestBody Child child) {
    return Map.of("id", child.id().value());
  }
}
