package org.aldea.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.aldea.core.model.Location;
import org.aldea.core.model.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The decisions of the format's specification ({@code docs/format/}) on the points a reader of the
 * brief alone could not settle, where the decoder and the JSON Schema once disagreed.
 */
class FormatDecisionsTest {
  private static final AldeaJson JSON = AldeaJson.create();

  private static String location(String population) {
    return "{\"id\":\"l1\",\"name\":\"Juliaca\",\"country\":\"PE\",\"region\":\"Puno\",\"population\":" + population + "}";
  }

  private static String outcome(String percent) {
    return "{\"id\":\"o1\",\"location\":\"l1\",\"indicator\":\"children_assisted\",\"period\":\"2017\",\"percent\":"
        + percent + "}";
  }

  private static JsonDecodingException refused(String json, Class<?> type) {
    JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class, () -> JSON.decode(json, type));
    assertThat(refused).as(json).isNotNull();
    return refused;
  }

  @Test
  void aWholeNumberIsANumberWhoseValueIsAnIntegerHoweverWritten() {
    for (String written : new String[] {"79", "79.0", "7.9e1", "7.9E+1", "790e-1", "79.000"}) {
      Location location = JSON.decode(location(written), Location.class).value();
      assertThat(JSON.encode(location)).as(written).isEqualTo(location("79"));
    }
    assertThat(JSON.encode(JSON.decode(location("{\"about\":3e2}"), Location.class).value()))
        .isEqualTo(location("{\"about\":300}"));
    assertThat(JSON.encode(JSON.decode(location("-0.0"), Location.class).value())).isEqualTo(location("0"));
  }

  @Test
  void aNumberWithAFractionIsNotWholeAndAHugeOneIsOutOfRange() {
    assertThat(refused(location("79.5"), Location.class).reason()).isEqualTo("must be a whole number");
    assertThat(refused(location("7.95e1"), Location.class).reason()).isEqualTo("must be a whole number");
    assertThat(refused(location("1e-400"), Location.class).reason()).isEqualTo("must be a whole number");
    assertThat(refused(location("9007199254740992.0"), Location.class).pointer()).isEqualTo("/population");
    assertThat(refused(location("1e400"), Location.class).reason()).isEqualTo("whole number out of range");
    assertThat(refused(location("1e2147483648"), Location.class).reason()).isEqualTo("whole number out of range");
    assertThat(refused(location("-1.0"), Location.class).pointer()).isEqualTo("/population");
  }

  @Test
  void twoDecimalsAreCountedOnThePercentsValueNotOnItsText() {
    assertThat(JSON.encode(JSON.decode(outcome("8.510"), Outcome.class).value())).isEqualTo(outcome("8.51"));
    assertThat(JSON.encode(JSON.decode(outcome("85.1e-1"), Outcome.class).value())).isEqualTo(outcome("8.51"));
    assertThat(JSON.encode(JSON.decode(outcome("100.00"), Outcome.class).value())).isEqualTo(outcome("100"));
    JsonDecodingException refused = refused(outcome("8.5100000000000001"), Outcome.class);
    assertThat(refused.pointer()).isEqualTo("/percent");
  }

  @Test
  void aNameOfNoBreakSpacesIsBlankAndAnInformationSeparatorIsAControlCharacter() {
    String village = "{\"id\":\"v1\",\"name\":\"%s\",\"location\":\"l1\",\"opened\":\"2008\"}";
    assertThat(refused(village.formatted("\u00a0"), org.aldea.core.model.ChildrensVillage.class).pointer())
        .isEqualTo("/name");
    assertThat(refused(village.formatted("A\\u001cB"), org.aldea.core.model.ChildrensVillage.class).pointer())
        .isEqualTo("/name");
  }

  @Test
  void kosovoIsACountry() {
    String kosovo = "{\"id\":\"l1\",\"name\":\"Pristina\",\"country\":\"XK\",\"region\":\"Pristina\"}";
    assertThat(JSON.decode(kosovo, Location.class).value().country()).isEqualTo("XK");
  }
}
