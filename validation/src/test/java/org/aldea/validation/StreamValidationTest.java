package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.value.PartialDate;
import org.aldea.testkit.AldeaGenerators;
import org.aldea.testkit.ChildStream;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Streaming validation finds what whole-dataset validation finds about the same children. */
class StreamValidationTest {
  private static final AldeaValidator VALIDATOR = AldeaValidator.create(ValidationPolicy.asOf(PeruFixtures.AS_OF));
  private static final Comparator<Issue> ORDER = Comparator.comparing(Issue::pointer).thenComparing(Issue::code)
      .thenComparing(Issue::message);

  @Test
  void streamingAgreesWithWholeDatasetValidationOnBrokenChildren() {
    Gen<Dataset> broken = AldeaGenerators.datasets().zip(longs().all(), StreamValidationTest::breakChildren);
    qt().withExamples(1_000).forAll(broken).checkAssert(dataset -> {
      List<Issue> whole = VALIDATOR.validate(dataset).issues().stream()
          .filter(issue -> issue.pointer().startsWith("/children/") || issue.rule() == Rule.FAMILY_OVER_CAPACITY)
          .sorted(ORDER).toList();
      List<Issue> streamed = new ArrayList<>();
      Dataset context = Dataset.builder().from(dataset).children(List.of()).build();
      ChildStreamValidation validation = VALIDATOR.validateChildren(context, streamed::add);
      dataset.children().forEach(validation::accept);
      StreamSummary summary = validation.finish();
      assertThat(streamed.stream().sorted(ORDER).toList()).isEqualTo(whole);
      assertThat(summary.children()).isEqualTo(dataset.children().size());
      assertThat(summary.errorCount() + summary.warningCount()).isEqualTo(streamed.size());
    });
  }

  /**
   * Breaks a few children: unknown families and programmes, crowded families, lost siblings,
   * duplicates (among the children and with the context), old age.
   */
  private static Dataset breakChildren(Dataset dataset, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Child> children = new ArrayList<>(dataset.children());
    int changes = children.isEmpty() ? 0 : random.nextInt(0, 6);
    for (int c = 0; c < changes; c++) {
      int at = random.nextInt(children.size());
      Child child = children.get(at);
      Child.Builder changed = Child.builder().from(child);
      switch (random.nextInt(8)) {
        case 0:
          changed.care(new CareSituation.SosFamilyCare(FamilyId.of("nowhere"), child.care().date()));
          break;
        case 1:
          changed.care(new CareSituation.FamilyOfOriginCare(ProgrammeId.of("fam-0"), child.care().date()));
          break;
        case 2:
          if (!dataset.families().isEmpty()) {
            changed.care(new CareSituation.SosFamilyCare(
                dataset.families().get(random.nextInt(dataset.families().size())).id(), child.care().date()));
          }
          break;
        case 3:
          changed.siblings(List.of());
          break;
        case 4:
          changed.addSiblings(ChildId.of(children.get(random.nextInt(children.size())).id().value() + "x"));
          break;
        case 5:
          changed.born(PartialDate.ofYear(1980)).care(new CareSituation.YouthFollowUp(PartialDate.ofYear(2000)));
          break;
        case 6:
          if (!dataset.families().isEmpty()) { // an id that an entity of the context has
            changed.id(ChildId.of(dataset.families().get(random.nextInt(dataset.families().size())).id().value()));
          }
          break;
        default:
          children.add(Child.builder().from(child).siblings(List.of()).build());
      }
      children.set(at, changed.build());
    }
    return Dataset.builder().from(dataset).children(children).build();
  }

  /**
   * From a validator with an executor, runs of children are checked on it, or by the calling thread
   * if it has not started them: the issues, their order and the counts are those of the calling
   * thread alone, whatever the executor does (runs them elsewhere, at once, never, or refuses).
   */
  @Test
  void everyExecutorStreamsTheIssuesOfTheCallingThreadInTheirOrder() {
    List<AldeaValidator> others = List.of(
        AldeaValidator.create(VALIDATOR.policy(), command -> new Thread(command).start()),
        AldeaValidator.create(VALIDATOR.policy(), java.util.concurrent.ForkJoinPool.commonPool()),
        AldeaValidator.create(VALIDATOR.policy(), Runnable::run),
        AldeaValidator.create(VALIDATOR.policy(), command -> { }),
        AldeaValidator.create(VALIDATOR.policy(), command -> {
          throw new java.util.concurrent.RejectedExecutionException("shut down");
        }));
    qt().withExamples(5).forAll(longs().all()).checkAssert(seed -> {
      Dataset dataset = AldeaGenerators.dataset(seed, 3_000);
      for (int i = 0; i < 40; i++) {
        dataset = breakChildren(dataset, seed + i);
      }
      Dataset context = Dataset.builder().from(dataset).children(List.of()).build();
      List<Issue> alone = new ArrayList<>();
      ChildStreamValidation one = VALIDATOR.validateChildren(context, alone::add);
      dataset.children().forEach(one::accept);
      StreamSummary summary = one.finish();
      assertThat(alone).hasSizeGreaterThan(40).extracting(Issue::code)
          .contains("family.over_capacity", "reference.unknown", "id.duplicate");
      for (AldeaValidator validator : others) {
        List<Issue> streamed = new ArrayList<>();
        ChildStreamValidation validation = validator.validateChildren(context, streamed::add);
        dataset.children().forEach(validation::accept);
        assertThat(validation.finish()).isEqualTo(summary);
        assertThat(streamed).isEqualTo(alone);
      }
    });
  }

  @Test
  void aValidStreamOfChildrenHasNoIssue() {
    ChildStream stream = ChildStream.of(3, 5_000);
    List<Issue> issues = new ArrayList<>();
    ChildStreamValidation validation = VALIDATOR.validateChildren(stream.context(), issues::add);
    stream.forEach(validation::accept);
    assertThat(validation.finish()).isEqualTo(new StreamSummary(5_000, 0, 0));
    assertThat(issues).isEmpty();
  }

  @Test
  void perChildIssuesArriveAsTheChildComesFromAValidatorOfTheCallingThread() {
    List<Issue> issues = new ArrayList<>();
    ChildStreamValidation validation = VALIDATOR.validateChildren(Base.DATASET, issues::add);
    validation.accept(Child.builder().from(Base.CHILD_3).id(ChildId.of("new-1")).born(PartialDate.ofYear(2030)).build());
    assertThat(issues).extracting(Issue::pointer).contains("/children/0/born");
    validation.finish();
    assertThatIllegalStateException().isThrownBy(() -> validation.accept(Base.CHILD_1));
  }
}
