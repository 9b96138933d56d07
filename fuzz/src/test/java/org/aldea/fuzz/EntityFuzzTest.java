package org.aldea.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.aldea.core.id.ChildId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Caregiver;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Indicator;
import org.aldea.core.model.Location;
import org.aldea.core.model.Measure;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.Reach;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.AgeRange;
import org.aldea.core.value.Coordinates;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;
import org.aldea.json.Decoded;
import org.aldea.json.JsonDecodingException;
import tools.jackson.core.JacksonException;

/**
 * Fuzzes the decoding of single entities and values, through {@link org.aldea.json.AldeaJson} and
 * through its Jackson mapper, which must agree.
 */
class EntityFuzzTest {
  private static final List<Class<?>> TYPES = List.of(Location.class, SocialCentre.class,
      FamilyStrengtheningProgramme.class, ChildrensVillage.class, SosFamily.class, Child.class, Outcome.class,
      Indicator.class, Reach.class, Caregiver.class, CareSituation.class, Measure.class, Count.class, Percent.class,
      Coordinates.class, AgeRange.class, PartialDate.class, ChildId.class);

  @FuzzTest
  void decodeEntity(FuzzedDataProvider data) {
    Class<?> type = data.pickValue(TYPES);
    check(type, data.consumeRemainingAsBytes());
  }

  private static <T> void check(Class<T> type, byte[] input) {
    Decoded<T> decoded = Invariants.decode(Invariants.JSON, input, type);
    if (decoded != null) {
      Invariants.assertRoundTrip(decoded.value(), type);
    }
    T mapped;
    try {
      mapped = Invariants.JSON.mapper().readValue(input, type);
    } catch (JsonDecodingException refusal) {
      Invariants.assertWellFormed(refusal);
      mapped = null;
    } catch (JacksonException refusal) {
      mapped = null;
    }
    if (decoded != null && !decoded.value().equals(mapped)) {
      throw new AssertionError("the mapper does not read what AldeaJson reads");
    }
  }
}
