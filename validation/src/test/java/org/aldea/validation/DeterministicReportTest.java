package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aldea.core.id.ChildId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.privacy.Anonymiser;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * What fuzzing found in reports: they must not depend on chance (hash order, the order of
 * duplicated ids, how ids sort), and their memory must not grow with what one entity lists.
 */
class DeterministicReportTest {
  private static List<String> codesAndPointers(ValidationReport report) {
    return report.issues().stream().map(issue -> issue.pointer() + " " + issue.code()).toList();
  }

  @Test
  void issuesSharingAPointerComeByCodeInEveryRunAndLanguage() {
    // Care since 2019 is after the reference date and before the birth in 2020: two rules, one pointer.
    Child child = Base.child(Base.CHILD_3).born(PartialDate.ofMonth(2018, 5))
        .care(new CareSituation.YouthFollowUp(PartialDate.ofMonth(2018, 4))).build();
    Child future = Base.child(Base.CHILD_3).id(ChildId.of("chi-9")).born(PartialDate.ofYear(2020))
        .care(new CareSituation.YouthFollowUp(PartialDate.ofYear(2019))).build();
    Dataset dataset = Base.withChildren(Base.CHILD_1, Base.CHILD_2, child, future);
    List<List<String>> seen = new ArrayList<>();
    for (String language : List.of("en", "es", "nb", "en", "es", "nb")) {
      ValidationPolicy policy = ValidationPolicy.builder(Base.AS_OF).locale(Locale.forLanguageTag(language)).build();
      seen.add(codesAndPointers(AldeaValidator.create(policy).validate(dataset)));
    }
    assertThat(seen).allSatisfy(run -> assertThat(run).isEqualTo(seen.get(0)));
    assertThat(seen.get(0)).containsSubsequence(
        "/children/3/born child.born_in_future",
        "/children/3/care/since child.date_before_birth",
        "/children/3/care/since date.in_future");
    assertThat(seen.get(0)).contains("/children/2/care/since child.date_before_birth");
  }

  /**
   * Child z lists m; the first child m lists nobody, the second m lists z, in another family. The
   * link is ambiguous; it used to be reported both as one-sided (from z, looking at the first m)
   * and as a separation (from the second m, whose id sorts first).
   */
  private static List<Child> siblingsThroughADuplicatedId() {
    Child z = Base.child(Base.CHILD_1).id(ChildId.of("z")).siblings(List.of(ChildId.of("m"))).build();
    Child firstM = Base.child(Base.CHILD_1).id(ChildId.of("m")).siblings(List.of()).build();
    Child secondM = Base.child(Base.CHILD_2).id(ChildId.of("m"))
        .care(new CareSituation.SosFamilyCare(Base.FAMILY_2.id(), PartialDate.ofYear(2012)))
        .siblings(List.of(ChildId.of("z"))).build();
    return List.of(z, firstM, secondM);
  }

  @Test
  void siblingLinksThroughADuplicatedIdAreNotJudged() {
    Dataset dataset = Base.withChildren(siblingsThroughADuplicatedId().toArray(Child[]::new));
    ValidationReport report = Base.validate(dataset);
    assertThat(codesAndPointers(report)).containsExactly("/children/2/id id.duplicate");
    ValidationReport anonymised = Base.validate(Anonymiser.withKey("a key of sixteen chars").anonymise(dataset));
    assertThat(codesAndPointers(anonymised)).isEqualTo(codesAndPointers(report));
  }

  @Test
  void aStreamJudgesLinksThroughADuplicatedIdAsAWholeDatasetDoes() {
    List<Issue> issues = new ArrayList<>();
    ChildStreamValidation stream = AldeaValidator.create(Base.POLICY).validateChildren(Base.withChildren(), issues::add);
    siblingsThroughADuplicatedId().forEach(stream::accept);
    stream.finish();
    assertThat(issues).extracting(Issue::code).containsExactly("id.duplicate");
  }

  /**
   * Found by fuzzing: support certainly before birth is child.date_before_birth; once anonymising
   * coarsened the birth to its year, the target age was judged and the child was reported aged 0.
   */
  @Test
  void anonymisingNeverAddsAnAgeIssue() {
    FamilyStrengtheningProgramme fromOne = FamilyStrengtheningProgramme.builder().from(Base.PROGRAMME)
        .targetAge(AgeRange.of(1, 5)).build();
    Child child = Base.child(Base.CHILD_3).born(PartialDate.ofMonth(2017, 4)).build(); // support since 2017-03
    Dataset dataset = Dataset.builder().from(Base.withChildren(child)).programmes(List.of(fromOne)).build();
    assertThat(Base.validate(dataset).issues()).extracting(Issue::code).containsExactly("child.date_before_birth");
    Dataset anonymised = Anonymiser.withKey("a key of sixteen chars").anonymise(dataset);
    assertThat(Base.validate(anonymised).issues()).isEmpty();
    Child certainlyAfter = Base.child(Base.CHILD_3).born(PartialDate.ofMonth(2017, 2)).build();
    assertThat(Base.validate(Dataset.builder().from(Base.withChildren(certainlyAfter)).programmes(List.of(fromOne)).build())
        .issues()).extracting(Issue::code).containsExactly("programme.child_outside_target_age");
  }

  @Test
  void aReportListsAtMostTheCapOfOneRuleForOneEntityAndCountsTheRest() {
    List<ChildId> unknown = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      unknown.add(ChildId.of("nobody-" + i));
    }
    Child child = Base.child(Base.CHILD_3).siblings(unknown).build();
    Dataset dataset = Base.withChildren(child);
    ValidationReport report = Base.validate(dataset);
    assertThat(report.issues()).hasSize(ValidationPolicy.DEFAULT_MAX_ISSUES_PER_RULE_AND_ENTITY);
    assertThat(report.errorCount()).isEqualTo(250);
    assertThat(report.omittedCount()).isEqualTo(150);
    assertThat(report.toJson()).contains("\"errorCount\":250,\"warningCount\":0,\"omittedCount\":150,");
    ValidationPolicy all = ValidationPolicy.builder(Base.AS_OF).maxIssuesPerRuleAndEntity(1000).build();
    ValidationReport complete = AldeaValidator.create(all).validate(dataset);
    assertThat(complete.issues()).hasSize(250);
    assertThat(complete.omittedCount()).isZero();
    assertThat(report.issues()).isEqualTo(complete.issues().stream()
        .filter(issue -> report.issues().contains(issue)).toList());
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> ValidationPolicy.builder(Base.AS_OF).maxIssuesPerRuleAndEntity(0))).isInstanceOf(IllegalArgumentException.class);
  }
}
