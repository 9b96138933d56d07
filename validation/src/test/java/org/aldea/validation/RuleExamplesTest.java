package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.OutcomeId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.core.rules.Severity;
import org.aldea.core.value.Code;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule: a dataset that breaks it, with the issue expected (code, severity, pointer,
 * entity), and its nearest valid twin, which has no issue at all.
 */
class RuleExamplesTest {
  @Test
  void theBaseDatasetIsValidWithoutWarnings() {
    assertThat(Base.validate(Base.DATASET).issues()).isEmpty();
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        example(Rule.ID_DUPLICATE, "/families/1/id", "fam-1",
            () -> Dataset.builder().from(Base.DATASET).families(List.of(Base.FAMILY_1, Base.family("fam-1", 3))).build(),
            () -> Dataset.builder().from(Base.DATASET).families(List.of(Base.FAMILY_1, Base.family("fam-3", 3))).build()),
        example(Rule.ID_DUPLICATE, "/outcomes/0/id", "chi-3",
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.id(OutcomeId.of("chi-3"))))).build(),
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.id(OutcomeId.of("out-9"))))).build()),
        example(Rule.REFERENCE_UNKNOWN, "/children/2/care/family", "chi-3",
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3).care(sos("fam-9", "2017")).build()),
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3).care(sos("fam-2", "2017")).build())),
        example(Rule.REFERENCE_UNKNOWN, "/children/2/care/programme", "chi-3",
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3)
                .care(new CareSituation.FamilyOfOriginCare(ProgrammeId.of("vil-1"), PartialDate.ofMonth(2017, 3))).build()),
            () -> Base.DATASET),
        example(Rule.REFERENCE_UNKNOWN, "/families/1/village", "fam-2",
            () -> Dataset.builder().from(Base.DATASET).families(List.of(Base.FAMILY_1,
                SosFamily.builder().from(Base.FAMILY_2).village(VillageId.of("vil-9")).build())).build(),
            () -> Base.DATASET),
        example(Rule.REFERENCE_UNKNOWN, "/outcomes/0/centre", "out-1",
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.subject(CentreId.of("cen-9"))))).build(),
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.subject(CentreId.of("cen-1"))))).build()),
        example(Rule.REFERENCE_UNKNOWN, "/socialCentres/0/location", "cen-1",
            () -> Dataset.builder().from(Base.DATASET).socialCentres(List.of(SocialCentre.builder().from(Base.CENTRE)
                .location(LocationId.of("loc-9")).village(java.util.Optional.empty()).build())).build(),
            () -> Dataset.builder().from(Base.DATASET).socialCentres(List.of(SocialCentre.builder().from(Base.CENTRE)
                .village(java.util.Optional.empty()).build())).build()),
        example(Rule.REFERENCE_UNKNOWN, "/children/0/siblings/0", "chi-1",
            () -> Base.withChildren(Base.child(Base.CHILD_1).siblings(List.of(ChildId.of("chi-9"))).build(),
                Base.child(Base.CHILD_2).siblings(List.of()).build(), Base.CHILD_3),
            () -> Base.withChildren(Base.child(Base.CHILD_1).siblings(List.of()).build(),
                Base.child(Base.CHILD_2).siblings(List.of()).build(), Base.CHILD_3)),
        example(Rule.FAMILY_OVER_CAPACITY, "/families/0", "fam-1",
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3).care(sos("fam-1", "2017")).build()),
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3).care(sos("fam-2", "2017")).build())),
        example(Rule.FAMILY_SIBLINGS_SEPARATED, "/children/0/siblings/0", "chi-1",
            () -> Base.withChildren(Base.CHILD_1, Base.child(Base.CHILD_2).care(sos("fam-2", "2012")).build(), Base.CHILD_3),
            () -> Base.DATASET),
        example(Rule.CHILD_SIBLINGS_NOT_RECIPROCAL, "/children/0/siblings/0", "chi-1",
            () -> Base.withChildren(Base.CHILD_1, Base.child(Base.CHILD_2).siblings(List.of()).build(), Base.CHILD_3),
            () -> Base.DATASET),
        example(Rule.CHILD_BORN_IN_FUTURE, "/children/2/born", "chi-3",
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3).born(PartialDate.ofMonth(2018, 7))
                .care(new CareSituation.KinshipCare(CareSituation.KinshipCare.Relation.GRANDPARENT, PartialDate.ofYear(2018)))
                .build()),
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3).born(PartialDate.ofMonth(2018, 6))
                .care(new CareSituation.KinshipCare(CareSituation.KinshipCare.Relation.GRANDPARENT, PartialDate.ofYear(2018)))
                .build())),
        example(Rule.CHILD_DATE_BEFORE_BIRTH, "/children/0/care/since", "chi-1",
            () -> Base.withChildren(Base.child(Base.CHILD_1).care(sos("fam-1", "2009")).build(), Base.CHILD_2, Base.CHILD_3),
            () -> Base.withChildren(Base.child(Base.CHILD_1).care(sos("fam-1", "2010-05")).build(), Base.CHILD_2, Base.CHILD_3)),
        example(Rule.CHILD_DATE_BEFORE_BIRTH, "/children/2/care/on", "chi-3",
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3)
                .care(new CareSituation.LeftCare(PartialDate.ofMonth(2014, 12), CareSituation.LeftCare.Reason.OTHER)).build()),
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3)
                .care(new CareSituation.LeftCare(PartialDate.ofMonth(2015, 1), CareSituation.LeftCare.Reason.OTHER)).build())),
        example(Rule.CHILD_TOO_OLD_FOR_CARE, "/children/2/born", "chi-3",
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3).born(PartialDate.ofMonth(1992, 5))
                .care(new CareSituation.YouthFollowUp(PartialDate.ofYear(2015))).build()),
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3).born(PartialDate.ofMonth(1992, 5))
                .care(new CareSituation.LeftCare(PartialDate.ofYear(2015), CareSituation.LeftCare.Reason.INDEPENDENT_LIFE))
                .build())),
        example(Rule.PROGRAMME_CHILD_OUTSIDE_TARGET_AGE, "/children/2/care/since", "chi-3",
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3).born(PartialDate.ofYear(2010))
                .care(new CareSituation.FamilyOfOriginCare(Base.PROGRAMME.id(), PartialDate.ofYear(2016))).build()),
            () -> Base.withChildren(Base.CHILD_1, Base.CHILD_2, Base.child(Base.CHILD_3).born(PartialDate.ofYear(2010))
                .care(new CareSituation.FamilyOfOriginCare(Base.PROGRAMME.id(), PartialDate.ofYear(2015))).build())),
        example(Rule.DATE_IN_FUTURE, "/villages/0/opened", "vil-1",
            () -> Dataset.builder().from(Base.DATASET).villages(List.of(ChildrensVillage.builder().from(Base.VILLAGE)
                .opened(PartialDate.ofMonth(2018, 7)).build())).build(),
            () -> Dataset.builder().from(Base.DATASET).villages(List.of(ChildrensVillage.builder().from(Base.VILLAGE)
                .opened(PartialDate.ofMonth(2018, 6)).build())).build()),
        example(Rule.DATE_IN_FUTURE, "/families/1/caregiver/since", "fam-2",
            () -> Dataset.builder().from(Base.DATASET).families(List.of(Base.FAMILY_1, SosFamily.builder().from(Base.FAMILY_2)
                .caregiver(Caregiver.builder().role(Caregiver.Role.SOS_AUNT).since(PartialDate.ofYear(2019)).build()).build()))
                .build(),
            () -> Dataset.builder().from(Base.DATASET).families(List.of(Base.FAMILY_1, SosFamily.builder().from(Base.FAMILY_2)
                .caregiver(Caregiver.builder().role(Caregiver.Role.SOS_AUNT).since(PartialDate.ofYear(2018)).build()).build()))
                .build()),
        example(Rule.DATE_IN_FUTURE, "/outcomes/0/period", "out-1",
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.period(PartialDate.ofYear(2019))))).build(),
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.period(PartialDate.ofYear(2018))))).build()),
        example(Rule.OUTCOME_PERCENT_INCONSISTENT, "/outcomes/0/percent", "out-1",
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.measure(share("20"))))).build(),
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.measure(share("8.5"))))).build()),
        example(Rule.OUTCOME_BEFORE_SUBJECT_STARTED, "/outcomes/0/period", "out-1",
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.period(PartialDate.ofMonth(2007, 12))))).build(),
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.period(PartialDate.ofMonth(2008, 1))))).build()),
        example(Rule.OUTCOME_INDICATOR_UNKNOWN, "/outcomes/0/indicator", "out-1",
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.indicator(Code.of("big_sibling_hugs"))))).build(),
            () -> Dataset.builder().from(Base.DATASET).outcomes(List.of(outcome(b -> b.indicator(Code.of("children_assisted"))))).build()),
        example(Rule.CENTRE_VILLAGE_ELSEWHERE, "/socialCentres/0/village", "cen-1",
            () -> Dataset.builder().from(Base.DATASET).villages(List.of(ChildrensVillage.builder().from(Base.VILLAGE)
                .location(Base.OTHER_LOCATION.id()).build())).build(),
            () -> Base.DATASET));
  }

  private static Arguments example(Rule rule, String pointer, String entity, Supplier<Dataset> broken, Supplier<Dataset> twin) {
    return Arguments.of(rule, pointer, entity, broken, twin);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("examples")
  void everyRuleIsReportedAtItsPointerAndItsTwinIsClean(Rule rule, String pointer, String entity,
      Supplier<Dataset> broken, Supplier<Dataset> twin) {
    ValidationReport report = Base.validate(broken.get());
    assertThat(report.issues()).as("issues of %s", rule).singleElement().satisfies(issue -> {
      assertThat(issue.rule()).isEqualTo(rule);
      assertThat(issue.severity()).isEqualTo(rule.defaultSeverity());
      assertThat(issue.pointer()).isEqualTo(pointer);
      assertThat(issue.entity()).isEqualTo(entity);
      assertThat(issue.message()).isNotBlank().doesNotContain("{");
    });
    assertThat(report.isValid()).isEqualTo(rule.defaultSeverity() == Severity.WARNING);
    assertThat(Base.validate(twin.get()).issues()).as("the twin of %s", rule).isEmpty();
  }

  @Test
  void everyRuleHasAnExample() {
    assertThat(examples().map(arguments -> arguments.get()[0]).distinct()).containsExactlyInAnyOrder((Object[]) Rule.values());
  }

  @Test
  void allIssuesAreReportedInOnePassInDocumentOrder() {
    Dataset dataset = Dataset.builder().from(Base.DATASET)
        .families(List.of(Base.FAMILY_1, Base.family("fam-1", 3)))
        .outcomes(List.of(outcome(b -> b.indicator(Code.of("hugs")).measure(share("20")))))
        .children(List.of(Base.child(Base.CHILD_1).care(sos("fam-9", "2009")).build(), Base.CHILD_2, Base.CHILD_3))
        .build();
    ValidationReport report = Base.validate(dataset);
    assertThat(report.issues()).extracting(Issue::pointer).containsExactly(
        "/families/1/id", "/children/0/care/family", "/children/0/care/since", "/outcomes/0/indicator",
        "/outcomes/0/percent");
    assertThat(report.errorCount()).isEqualTo(4);
    assertThat(report.warningCount()).isEqualTo(1);
    assertThat(report.isValid()).isFalse();
  }

  private static CareSituation sos(String family, String since) {
    return new CareSituation.SosFamilyCare(FamilyId.of(family), PartialDate.parse(since));
  }

  private static Measure share(String percent) {
    return Measure.builder().count(Count.exactly(79)).percent(Percent.of(new BigDecimal(percent))).outOf(928).build();
  }

  private static Outcome outcome(java.util.function.Consumer<Outcome.Builder> change) {
    Outcome.Builder builder = Outcome.builder().from(Base.OUTCOME);
    change.accept(builder);
    return builder.build();
  }

  static FamilyStrengtheningProgramme programme() {
    return Base.PROGRAMME;
  }
}
