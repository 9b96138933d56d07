package org.aldea.testkit;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Location;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.PartialDate;

/**
 * An arbitrarily long stream of synthetic children for load tests, generated lazily in constant
 * memory, with the small {@linkplain #context() context} (locations, villages, families,
 * programmes) their care situations refer to.
 *
 * <p>Half of the children live in SOS families of 10 places, filled in order; the others live with
 * their family of origin, supported by a programme, or are followed up. The stream breaks no
 * business rule as of {@link PeruFixtures#AS_OF}. The same seed and size give the same children.
 *
 * <p>This class is immutable and thread-safe; each {@link #iterator()} starts the stream afresh.
 */
public final class ChildStream implements Iterable<Child> {
  /** The places of every family of the context. */
  public static final int FAMILY_CAPACITY = 10;

  private static final LocationId LOCATION = LocationId.of("load-location");
  private static final VillageId VILLAGE = VillageId.of("load-village");
  private static final ProgrammeId PROGRAMME = ProgrammeId.of("load-programme");

  private final long seed;
  private final long size;

  private ChildStream(long seed, long size) {
    this.seed = seed;
    this.size = size;
  }

  /**
   * Returns a stream of {@code size} children.
   *
   * @param seed the seed of the random choices
   * @param size how many children, at least 0
   * @return the stream
   */
  public static ChildStream of(long seed, long size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
    return new ChildStream(seed, size);
  }

  /** {@return how many children the stream has} */
  public long size() {
    return size;
  }

  /**
   * Returns the entities the children refer to: one location, village and programme, and enough
   * families of {@value #FAMILY_CAPACITY} places for the children placed in SOS families. The
   * context has no children.
   *
   * @return the context, about size / 20 families
   */
  public Dataset context() {
    Dataset.Builder context = Dataset.builder()
        .addLocations(Location.builder().id(LOCATION).name("Load test").country("PE").region("Lima").build())
        .addVillages(ChildrensVillage.builder().id(VILLAGE).name("Load test village").location(LOCATION)
            .opened(PartialDate.ofYear(1990)).build())
        .addProgrammes(FamilyStrengtheningProgramme.builder().id(PROGRAMME).name("Load test programme")
            .location(LOCATION).started(PartialDate.ofYear(1990)).targetAge(AgeRange.of(0, 18)).build());
    long families = (size / 2 + FAMILY_CAPACITY) / FAMILY_CAPACITY;
    for (long f = 0; f < families; f++) {
      context.addFamilies(SosFamily.builder().id(family(f)).village(VILLAGE)
          .caregiver(Caregiver.of(Caregiver.Role.SOS_MOTHER)).capacity(FAMILY_CAPACITY).build());
    }
    return context.build();
  }

  /** {@return the children as a sequential stream} */
  public Stream<Child> stream() {
    return StreamSupport.stream(Spliterators.spliterator(iterator(), size,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
  }

  @Override
  public Iterator<Child> iterator() {
    SplittableRandom random = new SplittableRandom(seed);
    return new Iterator<>() {
      private long next;
      private long placed;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public Child next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long index = next++;
        int bornYear = 2000 + random.nextInt(17);
        PartialDate since = PartialDate.ofYear(Math.min(2017, bornYear + 1 + random.nextInt(16)));
        CareSituation care;
        if (index % 2 == 0) {
          care = new CareSituation.SosFamilyCare(family(placed++ / FAMILY_CAPACITY), since);
        } else if (random.nextBoolean()) {
          care = new CareSituation.FamilyOfOriginCare(PROGRAMME, since);
        } else {
          care = new CareSituation.YouthFollowUp(since);
        }
        return Child.builder().id(ChildId.of("load-c" + index)).born(PartialDate.ofMonth(bornYear, 1 + random.nextInt(12)))
            .care(care).education(Child.Education.PRIMARY_SCHOOL).sponsored(random.nextBoolean()).build();
      }
    };
  }

  private static FamilyId family(long index) {
    return FamilyId.of("load-f" + index);
  }
}
