package org.aldea.core.model;

import static org.aldea.core.InvalidValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.OutcomeId;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.internal.Countries;
import org.aldea.core.internal.MissingAttributeException;
import org.aldea.core.internal.NullAttributeException;
import org.aldea.core.value.Code;
import org.aldea.core.value.Count;
import org.aldea.core.value.PartialDate;
import org.aldea.core.value.Percent;
import org.junit.jupiter.api.Test;

/** One failing case for every tier-1 invariant of the entities; each must name its field. */
class EntityInvariantsTest {
  @Test
  void aRequiredAttributeLeftUnsetIsNamed() {
    var refused = assertRefused("born", () -> Child.builder().id(ChildId.of("c1")).care(Samples.followedUp())
        .education(Child.Education.PRIMARY_SCHOOL).build());
    assertThat(refused).isInstanceOf(MissingAttributeException.class);
  }

  @Test
  void nullIsRefusedWithTheAttributeName() {
    var refused = assertRefused("name", () -> Location.builder().name(null));
    assertThat(refused).isInstanceOf(NullAttributeException.class);
  }

  @Test
  void locationNamesAreNotBlank() {
    assertRefused("name", () -> Location.builder().from(Samples.location()).name(" ").build());
    // Blank is white space in Unicode's sense, no-break spaces included (String.isBlank says no).
    for (String blank : new String[] {"\u00a0", "\u2007", "\u202f", "\u3000", "\u0085", " \t\r\n\u2028"}) {
      assertRefused("name", () -> Location.builder().from(Samples.location()).name(blank).build());
    }
    // Not white space: a name of them is not blank.
    assertThat(Location.builder().from(Samples.location()).name("\u200b").build().name()).isEqualTo("\u200b");
  }

  @Test
  void locationNamesHaveAMaximumLength() {
    assertRefused("name", () -> Location.builder().from(Samples.location()).name("x".repeat(201)).build());
    // Counted in code points, as JSON Schema's maxLength counts: 200 emoji are 400 UTF-16 units.
    String emoji = "\ud83c\udf0d".repeat(200);
    assertThat(Location.builder().from(Samples.location()).name(emoji).build().name()).isEqualTo(emoji);
    assertRefused("name", () -> Location.builder().from(Samples.location()).name(emoji + "x").build());
  }

  @Test
  void namesHaveNoControlCharacters() {
    assertRefused("name", () -> Location.builder().from(Samples.location()).name("Juli\u0000aca").build());
  }

  @Test
  void aNameIsRefusedExactlyWhenItHasAControlCharacterOtherThanTabOrLineBreak() {
    java.util.regex.Pattern control = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    org.aldea.core.Theories.theory().forAll(org.quicktheories.generators.SourceDSL.integers().between(0, 0x3000))
        .check(code -> {
          String name = "Juli" + (char) code.intValue() + "aca";
          boolean accepted;
          try {
            Location.builder().from(Samples.location()).name(name).build();
            accepted = true;
          } catch (org.aldea.core.InvalidValueException e) {
            accepted = false;
          }
          return accepted == !control.matcher(name).find();
        });
  }

  @Test
  void countriesAreIsoAlpha2Codes() {
    assertRefused("country", () -> Location.builder().from(Samples.location()).country("pe").build());
    assertRefused("country", () -> Location.builder().from(Samples.location()).country("XX").build());
    assertRefused("country", () -> Location.builder().from(Samples.location()).country("PER").build());
    assertThat(Location.builder().from(Samples.location()).country("XK").build().country()).isEqualTo("XK");
  }

  @Test
  void theCountryListIsTheJdksAssignedCodesAndKosovo() {
    Set<String> expected = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    expected.add("XK");
    assertThat(Countries.CODES.strip().split(" ")).containsExactlyElementsOf(expected);
  }

  @Test
  void regionsAreNotBlank() {
    assertRefused("region", () -> Location.builder().from(Samples.location()).region("").build());
  }

  @Test
  void altitudesAreOnEarth() {
    assertThat(Location.builder().from(Samples.location()).altitudeMetres(3825).build().altitudeMetres()).hasValue(3825);
    assertRefused("altitudeMetres", () -> Location.builder().from(Samples.location()).altitudeMetres(9001).build());
  }

  @Test
  void indicatorsHaveACountOrAPercent() {
    assertRefused("count", () -> Indicator.builder().kind(Code.of("poverty_rate")).build());
  }

  @Test
  void indicatorYearsHaveFourDigits() {
    assertRefused("year", () -> Indicator.builder().kind(Code.of("poverty_rate")).percent(Percent.of(42)).year(0).build());
  }

  @Test
  void notesAreNotBlank() {
    assertRefused("note", () -> Indicator.builder().kind(Code.of("poverty_rate")).percent(Percent.of(42)).note("  ").build());
  }

  @Test
  void facilitiesHaveAtLeastOneRoom() {
    assertRefused("facilities", () -> centre().putFacilities(SocialCentre.Facility.KITCHEN, 0).build());
  }

  @Test
  void dayCarePlacesAreNotNegative() {
    assertRefused("dayCarePlaces", () -> centre().dayCarePlaces(-1).build());
  }

  @Test
  void centreNamesAreNotBlank() {
    assertRefused("name", () -> centre().name("").build());
  }

  @Test
  void programmeNamesAreNotBlank() {
    assertRefused("name", () -> FamilyStrengtheningProgramme.builder().id(ProgrammeId.of("p1")).name("")
        .location(Samples.JULIACA).build());
  }

  @Test
  void aReachHasChildrenOrFamilies() {
    assertRefused("children", () -> Reach.builder().build());
    assertThat(Reach.builder().families(Count.exactly(822)).build().families()).contains(Count.exactly(822));
  }

  @Test
  void villageNamesAreNotBlank() {
    assertRefused("name", () -> ChildrensVillage.builder().from(Samples.village()).name("\t").build());
  }

  @Test
  void familiesHaveOneToFifteenPlaces() {
    assertRefused("capacity", () -> Samples.family("f1", 0));
    assertRefused("capacity", () -> Samples.family("f1", 16));
    assertThat(Samples.family("f1", 15).capacity()).isEqualTo(15);
  }

  @Test
  void caregiversHaveARole() {
    assertRefused("role", () -> Caregiver.builder().build());
  }

  @Test
  void childNamesAreNotBlank() {
    assertRefused("name", () -> Child.builder().from(Samples.child("c1", Samples.followedUp())).name(" ").build());
  }

  @Test
  void aChildIsNotItsOwnSibling() {
    assertRefused("siblings", () -> Child.builder().from(Samples.child("c1", Samples.followedUp()))
        .addSiblings(ChildId.of("c1")).build());
  }

  @Test
  void careSituationsNameWhatTheyNeed() {
    assertRefused("family", () -> new CareSituation.SosFamilyCare(null, PartialDate.ofYear(2010)));
    assertRefused("since", () -> new CareSituation.SosFamilyCare(FamilyId.of("f"), null));
    assertRefused("programme", () -> new CareSituation.FamilyOfOriginCare(null, PartialDate.ofYear(2010)));
    assertRefused("relation", () -> new CareSituation.KinshipCare(null, PartialDate.ofYear(2010)));
    assertRefused("since", () -> new CareSituation.YouthFollowUp(null));
    assertRefused("on", () -> new CareSituation.LeftCare(null, CareSituation.LeftCare.Reason.ADOPTED));
    assertRefused("reason", () -> new CareSituation.LeftCare(PartialDate.ofYear(2010), null));
  }

  @Test
  void aMeasureHasACountOrAPercent() {
    assertRefused("count", () -> Measure.builder().build());
  }

  @Test
  void aShareNeedsACount() {
    assertRefused("outOf", () -> Measure.builder().percent(Percent.of(9)).outOf(928).build());
  }

  @Test
  void aShareNeedsAnExactCount() {
    assertRefused("count", () -> Measure.builder().count(Count.about(79)).outOf(928).build());
  }

  @Test
  void aShareDoesNotExceedItsTotal() {
    assertRefused("count", () -> Measure.builder().count(Count.exactly(929)).outOf(928).build());
  }

  @Test
  void aTotalIsPositive() {
    assertRefused("outOf", () -> Measure.builder().count(Count.exactly(0)).outOf(0).build());
  }

  @Test
  void outcomeNotesAreNotBlank() {
    assertRefused("note", () -> Outcome.builder().id(OutcomeId.of("o1")).subject(Samples.JULIACA)
        .indicator(Code.of("children_assisted")).period(PartialDate.ofYear(2017))
        .measure(Measure.of(Count.exactly(1))).note("").build());
  }

  @Test
  void aDatasetCarriesOnlyTheVersionTheLibraryImplements() {
    assertRefused("schemaVersion", () -> Dataset.builder().schemaVersion("1").build());
    assertRefused("schemaVersion", () -> Dataset.builder().schemaVersion("2.0").build());
    assertRefused("schemaVersion", () -> Dataset.builder().schemaVersion("1.3").build());
    assertThat(Dataset.builder().build().schemaVersion()).isEqualTo("1.0");
  }

  @Test
  void aValidShareIsAccepted() {
    Measure share = Measure.builder().count(Count.exactly(79)).percent(Percent.of(new BigDecimal("8.51"))).outOf(928).build();
    assertThat(share.outOf()).hasValue(928);
  }

  private static SocialCentre.Builder centre() {
    return SocialCentre.builder().id(CentreId.of("sc1")).name("Centre").location(Samples.JULIACA);
  }
}
