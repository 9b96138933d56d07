package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.aldea.core.id.ChildId;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.value.PartialDate;
import org.aldea.testkit.AldeaGenerators;
import org.aldea.testkit.PeruFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-dataset validation checks the per-entity rules on an executor while the calling thread
 * checks the cross-entity rules: the report is the same whatever the executor does with the task.
 */
class ParallelValidationTest {
  private static final ValidationPolicy POLICY = ValidationPolicy.asOf(PeruFixtures.AS_OF);
  private static final AldeaValidator ONE_THREAD = AldeaValidator.create(POLICY, Runnable::run);
  /** The default (the calling thread); executors that run the task elsewhere, never, or refuse it. */
  private static final List<AldeaValidator> OTHERS = List.of(
      AldeaValidator.create(POLICY),
      AldeaValidator.create(POLICY, command -> new Thread(command).start()),
      AldeaValidator.create(POLICY, command -> { }),
      AldeaValidator.create(POLICY, command -> {
        throw new RejectedExecutionException("shut down");
      }));

  static List<String> ruleCodes() {
    return AldeaGenerators.ruleCodes();
  }

  @ParameterizedTest
  @MethodSource("ruleCodes")
  void everyExecutorGivesTheReportOfOneThread(String code) {
    qt().withExamples(50).forAll(AldeaGenerators.breaking(code)).checkAssert(dataset -> {
      List<Issue> expected = ONE_THREAD.validate(dataset).issues();
      assertThat(expected).isNotEmpty();
      for (AldeaValidator validator : OTHERS) {
        assertThat(validator.validate(dataset).issues()).isEqualTo(expected);
      }
    });
  }

  @Test
  void theDefaultGivesTheReportOfOneThreadOnADatasetLargeEnoughToShare() {
    Dataset valid = AldeaGenerators.dataset(5, 6_000);
    List<Child> children = new ArrayList<>(valid.children());
    children.add(children.get(0)); // a duplicate id
    children.set(1, Child.builder().from(children.get(1)).born(PartialDate.ofYear(2019)).build()); // born in future
    children.set(2, Child.builder().from(children.get(2)).siblings(List.of(ChildId.of("nobody"))).build());
    Dataset broken = Dataset.builder().from(valid).children(children).build();
    List<Issue> expected = ONE_THREAD.validate(broken).issues();
    assertThat(expected).extracting(Issue::rule).contains(Rule.ID_DUPLICATE, Rule.CHILD_BORN_IN_FUTURE,
        Rule.REFERENCE_UNKNOWN);
    assertThat(AldeaValidator.create(POLICY).validate(broken).issues()).isEqualTo(expected);
  }

  @Test
  void theDefaultTakesNoThreadOfTheCommonPool() {
    // It once ran the per-entity rules of a dataset of 5,000 entities or more on the common
    // ForkJoinPool, unasked: a worker of the pool that ran it counts it as stolen.
    Dataset large = AldeaGenerators.dataset(5, 20_000);
    long stolen = ForkJoinPool.commonPool().getStealCount();
    for (int i = 0; i < 3; i++) {
      AldeaValidator.create(POLICY).validate(large);
    }
    assertThat(ForkJoinPool.commonPool().getStealCount()).isEqualTo(stolen);
  }

  @Test
  void theExecutorTakesTheEntityRules() {
    AtomicInteger tasks = new AtomicInteger();
    AldeaValidator counted = AldeaValidator.create(POLICY, command -> {
      tasks.incrementAndGet();
      command.run();
    });
    Dataset dataset = AldeaGenerators.dataset(3, 50);
    assertThat(counted.validate(dataset).issues()).isEqualTo(ONE_THREAD.validate(dataset).issues());
    assertThat(tasks).hasValue(1);
  }

  @Test
  void anInterruptWaitsForTheReportAndIsKept() {
    Dataset dataset = AldeaGenerators.dataset(7, 2_000);
    // The task is running on its own thread before the calling thread starts on its share, so the
    // calling thread has to wait for it, interrupted.
    AldeaValidator elsewhere = AldeaValidator.create(POLICY, command -> {
      CountDownLatch started = new CountDownLatch(1);
      new Thread(() -> {
        started.countDown();
        command.run();
      }).start();
      try {
        started.await();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      Thread.currentThread().interrupt();
    });
    List<Issue> issues = elsewhere.validate(dataset).issues();
    assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
    assertThat(issues).isEqualTo(ONE_THREAD.validate(dataset).issues());
  }
}
