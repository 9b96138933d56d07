package org.aldea.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.privacy.Anonymiser;
import org.aldea.json.Decoded;
import org.aldea.json.JsonDecodingException;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.Issue;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.ValidationReport;

/**
 * Fuzzes what a user does with a document: decode, validate in every language, encode, anonymise.
 * Reports are the same in every language and run, never name a child, and anonymising changes no
 * issue but those a coarser birth date makes uncertain.
 */
class PipelineFuzzTest {
  private static final LocalDate AS_OF = LocalDate.of(2018, 6, 19);
  private static final String SECRET = "Secretname Zqx";
  /** The rules that read a child's birth date, which anonymising coarsens to its year. */
  private static final Set<Rule> BIRTH_DATE_RULES = EnumSet.of(Rule.CHILD_BORN_IN_FUTURE, Rule.CHILD_DATE_BEFORE_BIRTH,
      Rule.CHILD_TOO_OLD_FOR_CARE, Rule.PROGRAMME_CHILD_OUTSIDE_TARGET_AGE);
  private static final Anonymiser ANONYMISER = Anonymiser.withKey("the fuzz tests' key");

  private static ValidationReport validate(Dataset dataset, String language) {
    ValidationPolicy policy = ValidationPolicy.builder(AS_OF).locale(Locale.forLanguageTag(language)).build();
    return AldeaValidator.create(policy).validate(dataset);
  }

  private static List<String> placed(ValidationReport report) {
    return report.issues().stream().map(issue -> issue.pointer() + " " + issue.code()).toList();
  }

  private static Dataset withNames(Dataset dataset, Optional<String> name) {
    return Dataset.builder().from(dataset)
        .children(dataset.children().stream().map(child -> Child.builder().from(child).name(name).build()).toList())
        .build();
  }

  private static Map<Rule, Long> counts(ValidationReport report) {
    Map<Rule, Long> counts = new EnumMap<>(Rule.class);
    report.issues().forEach(issue -> counts.merge(issue.rule(), 1L, Long::sum));
    return counts;
  }

  @FuzzTest
  void decodeValidateEncodeAnonymise(byte[] input) {
    Decoded<Dataset> decoded = Invariants.decode(Invariants.JSON, input, Dataset.class);
    if (decoded == null) {
      return;
    }
    Dataset dataset = decoded.value();
    ValidationReport english = validate(dataset, "en");
    for (String language : List.of("es", "nb", "en")) {
      if (!placed(validate(dataset, language)).equals(placed(english))) {
        throw new AssertionError("the report depends on the language or the run");
      }
    }

    Dataset named = withNames(dataset, Optional.of(SECRET));
    List<Issue> namedIssues = validate(named, "en").issues();
    if (!namedIssues.equals(validate(withNames(dataset, Optional.empty()), "en").issues())) {
      throw new AssertionError("children's names change the report");
    }
    if (namedIssues.stream().anyMatch(issue -> issue.toString().contains(SECRET) || issue.message().contains(SECRET))) {
      throw new AssertionError("a child's name in a report");
    }
    Invariants.assertRoundTrip(named, Dataset.class);
    byte[] encoded = Invariants.JSON.encode(named).getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(encoded, encoded.length / 2);
    try {
      Invariants.JSON.decode(new java.io.ByteArrayInputStream(cut), Dataset.class);
    } catch (JsonDecodingException refusal) {
      Invariants.assertWellFormed(refusal);
      if (refusal.getMessage().contains("Secretname")) {
        throw new AssertionError("a child's name in a refusal: " + refusal.getMessage());
      }
    }

    Map<Rule, Long> before = counts(english);
    Map<Rule, Long> after = counts(validate(ANONYMISER.anonymise(dataset), "en"));
    for (Rule rule : Rule.values()) {
      long was = before.getOrDefault(rule, 0L);
      long is = after.getOrDefault(rule, 0L);
      if (BIRTH_DATE_RULES.contains(rule) ? is > was : is != was) {
        throw new AssertionError("anonymising changes " + rule.code() + " from " + was + " to " + is);
      }
    }
  }
}
