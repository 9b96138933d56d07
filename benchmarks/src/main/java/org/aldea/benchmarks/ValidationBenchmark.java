package org.aldea.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.testkit.AldeaGenerators;
import org.aldea.testkit.PeruFixtures;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.ChildStreamValidation;
import org.aldea.validation.StreamSummary;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.ValidationReport;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating the same generated datasets: aldea-validation on the whole dataset (every rule), as
 * configured by default (per-entity rules on the common pool while the calling thread checks the
 * cross-entity rules) and on the calling thread alone; a plain Hibernate Validator run over every
 * entity (the per-entity constraints alone, what a user of Bean Validation gets); and aldea's
 * streaming validation of the children against their context.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
  /** How many children the dataset has, with its families, programmes and outcomes. */
  @Param({"1000", "10000", "100000"})
  public int children;

  /**
   * Whether each call finds the data in the processor's caches, as when the same dataset is
   * validated again and again ({@code warm}: a dataset of 10,000 children fits a 32 MiB cache, one
   * of 100,000 does not), or not, as when it was decoded among other work ({@code cold}: the caches
   * are overwritten before each call). Growth with the data is the algorithm's only when both sizes
   * are measured alike: cold.
   */
  @Param({"warm", "cold"})
  public String caches;

  /** Twice a large processor cache, for {@code cold}: writing through it evicts the dataset. */
  private long[] evict;
  private Dataset dataset;
  /**
   * A copy of the dataset made before each call, without the index a dataset builds on its first
   * lookup and keeps: validation builds it, as it does for a dataset just decoded.
   */
  private Dataset fresh;
  private Dataset context;
  private AldeaValidator aldea;
  private AldeaValidator aldeaOneThread;
  private Validator plain;

  /**
   * Copies the dataset, so that each call builds the dataset's lookups as a first validation does,
   * and evicts it from the caches if asked.
   */
  @Setup(Level.Invocation)
  public void copy() {
    fresh = Dataset.builder().from(dataset).build();
    if (evict != null) {
      // One write per 64-byte line.
      for (int i = 0; i < evict.length; i += 8) {
        evict[i]++;
      }
    }
  }

  /** Generates the dataset and builds the validators once per trial. */
  @Setup
  public void generate() {
    dataset = AldeaGenerators.dataset(1, children);
    evict = caches.equals("cold") ? new long[8 << 20] : null;
    context = Dataset.builder().from(dataset).children(List.of()).build();
    aldea = AldeaValidator.create(ValidationPolicy.asOf(PeruFixtures.AS_OF), ForkJoinPool.commonPool());
    aldeaOneThread = AldeaValidator.create(ValidationPolicy.asOf(PeruFixtures.AS_OF));
    Clock asOf = Clock.fixed(PeruFixtures.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    plain = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
        .clockProvider(() -> asOf).buildValidatorFactory().getValidator();
  }

  /**
   * aldea-validation: every rule, per entity and across entities, the per-entity rules handed to
   * the common pool (the default until issue 13; the default now is the calling thread).
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateAldea() {
    return aldea.validate(fresh);
  }

  /**
   * aldea-validation on the calling thread alone.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateAldeaOneThread() {
    return aldeaOneThread.validate(fresh);
  }

  /**
   * Plain Hibernate Validator over every entity: the per-entity constraints only.
   *
   * @return violations
   */
  @Benchmark
  public int validatePlainHibernate() {
    int violations = 0;
    for (Object entity : dataset.socialCentres()) {
      violations += plain.validate(entity).size();
    }
    for (Object entity : dataset.programmes()) {
      violations += plain.validate(entity).size();
    }
    for (Object entity : dataset.villages()) {
      violations += plain.validate(entity).size();
    }
    for (Object entity : dataset.families()) {
      violations += plain.validate(entity).size();
    }
    for (Object entity : dataset.children()) {
      violations += plain.validate(entity).size();
    }
    for (Object entity : dataset.outcomes()) {
      violations += plain.validate(entity).size();
    }
    return violations;
  }

  /**
   * aldea's streaming validation of the children against the rest of the dataset.
   *
   * @return the summary
   */
  @Benchmark
  public StreamSummary validateChildStream() {
    ChildStreamValidation validation = aldea.validateChildren(context, issue -> { });
    for (Child child : dataset.children()) {
      validation.accept(child);
    }
    return validation.finish();
  }
}
