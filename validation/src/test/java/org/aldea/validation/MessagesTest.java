package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.PartialDate;
import org.aldea.validation.internal.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {
  /** The languages, as the files of messages in the sources say: adding a file adds a language. */
  static List<String> languages() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/aldea/validation/internal"))) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("messages_"))
          .map(name -> name.substring("messages_".length(), name.indexOf('.'))).sorted().toList();
    }
  }

  @Test
  void theLanguagesAreEnglishSpanishAndNorwegianBokmal() throws IOException {
    assertThat(languages()).containsExactly("en", "es", "nb");
    assertThat(ValidationPolicy.hasMessagesIn(Locale.forLanguageTag("es"))).isTrue();
    assertThat(ValidationPolicy.hasMessagesIn(Locale.forLanguageTag("no"))).isTrue();
    assertThat(ValidationPolicy.hasMessagesIn(Locale.FRENCH)).isFalse();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyRuleHasAMessageInEveryLanguage(String language) {
    for (Rule rule : Rule.values()) {
      assertThat(Messages.pattern(language, rule.code())).as("%s in %s", rule.code(), language).isNotBlank();
    }
    for (String kind : List.of("location", "centre", "programme", "village", "family", "child")) {
      assertThat(Messages.pattern(language, "kind." + kind)).as("kind.%s in %s", kind, language).isNotBlank();
    }
  }

  /**
   * A message is the pattern's with the arguments of its own issue, though the last message of a
   * pattern is reused for the same arguments: issues alternating between arguments, on four
   * threads at once.
   */
  @Test
  void aMessageHasItsOwnArgumentsWhateverCameBefore() throws Exception {
    String pattern = Messages.pattern("en", "family.over_capacity");
    List<List<String>> arguments = List.of(List.of("f1", "3", "2"), List.of("f1", "3", "2"), List.of("f2", "3", "2"),
        List.of("f1", "4", "2"), List.of("f1", "3"), List.of("f1", "3", "2", "x"));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        done.add(threads.submit(() -> {
          SplittableRandom random = new SplittableRandom(seed);
          for (int i = 0; i < 20_000; i++) {
            List<String> args = arguments.get(random.nextInt(arguments.size()));
            assertThat(Messages.format(Locale.ENGLISH, "family.over_capacity", args))
                .isEqualTo(new MessageFormat(pattern, Locale.ROOT).format(args.toArray()));
          }
        }));
      }
      for (Future<?> each : done) {
        each.get();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theLanguageFollowsThePolicyAndNeverTheMachine() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("es"));
      assertThat(message(Locale.ENGLISH)).isEqualTo("Family fam-1 has 3 children living in it but only 2 places.");
      assertThat(message(Locale.FRENCH)).isEqualTo("Family fam-1 has 3 children living in it but only 2 places.");
      Locale.setDefault(Locale.ENGLISH);
      assertThat(message(Locale.forLanguageTag("es"))).isEqualTo("En la familia fam-1 viven 3 niños, pero solo tiene 2 plazas.");
      assertThat(message(Locale.forLanguageTag("nb"))).isEqualTo("Familien fam-1 har 3 barn boende, men bare 2 plasser.");
      assertThat(message(Locale.forLanguageTag("no"))).isEqualTo(message(Locale.forLanguageTag("nb")));
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static String message(Locale locale) {
    Dataset overFull = Base.withChildren(Base.CHILD_1, Base.CHILD_2, Child.builder().from(Base.CHILD_3)
        .care(new CareSituation.SosFamilyCare(Base.FAMILY_1.id(), PartialDate.ofYear(2017))).build());
    ValidationReport report = AldeaValidator.create(ValidationPolicy.builder(Base.AS_OF).locale(locale).build())
        .validate(overFull);
    return report.issues(Rule.FAMILY_OVER_CAPACITY).get(0).message();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void noMessageContainsAChildsName(String language) {
    String name = "Rosa Quispe Mamani";
    Child named = Child.builder().from(Base.CHILD_1).name(name).born(PartialDate.ofYear(2019))
        .care(new CareSituation.SosFamilyCare(Base.FAMILY_2.id(), PartialDate.ofYear(2005))).build();
    Child sibling = Child.builder().from(Base.CHILD_2).name("Juan Quispe").siblings(List.of()).build();
    Dataset dataset = Base.withChildren(named, sibling, Child.builder().from(Base.CHILD_3).name("Ana Mamani")
        .born(PartialDate.ofYear(1980)).build());
    ValidationReport report = AldeaValidator.create(ValidationPolicy.builder(Base.AS_OF)
        .locale(Locale.forLanguageTag(language)).build()).validate(dataset);
    assertThat(report.issues()).hasSizeGreaterThan(3);
    assertThat(report.issues()).allSatisfy(issue -> assertThat(issue.message() + issue.entity() + issue.pointer())
        .doesNotContain("Rosa").doesNotContain("Quispe").doesNotContain("Mamani").doesNotContain("Juan").doesNotContain("Ana"));
    assertThat(report.toJson()).doesNotContain("Quispe");
  }

  @Test
  void theEnglishNameOfAVillageIsAChildrensVillage() {
    // It read "No children village has the id …".
    Dataset dataset = Dataset.builder().from(Base.DATASET)
        .families(List.of(SosFamily.builder().from(Base.FAMILY_1).village(VillageId.of("vil-9")).build(), Base.FAMILY_2))
        .build();
    assertThat(Base.validate(dataset).issues()).extracting(Issue::message)
        .containsExactly("No children's village has the id vil-9.");
  }
}
