package org.aldea.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input ends in a JsonDecodingException that says where, and never echoes a value. */
class DecodeErrorsTest {
  private static final AldeaJson JSON = AldeaJson.create();
  private static final String SECRET = "Rosa Quispe";
  private static final String CHILD =
      "{'id':'c1','born':'2010','care':{'type':'youth_follow_up','since':'2015'},'education':'primary_school'}";

  /** A document with one child whose property {@code key} is replaced by {@code value}. */
  private static String childWith(String key, String value) {
    String child = CHILD.replaceFirst("'" + key + "':('[^']*'|\\{[^}]*\\})", "'" + key + "':" + value);
    if (!child.contains("'" + key + "'")) {
      child = child.replaceFirst("}$", ",'" + key + "':" + value + "}");
    }
    return doc("'children':[" + child + "]");
  }

  private static String doc(String body) {
    return ("{'schemaVersion':'1.0'" + (body.isEmpty() ? "" : "," + body) + "}").replace('\'', '"');
  }

  private static JsonDecodingException refused(String json) {
    JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class, () -> JSON.decodeDataset(json));
    assertThat(refused).as("refused: %s", json).isNotNull();
    assertThat(refused.getMessage()).doesNotContain("Rosa").doesNotContain("Quispe");
    return refused;
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "id        | 'Rosa Quispe'                                         | /children/0/id       | must be 1 to 64 characters",
      "id        | 7                                                     | /children/0/id       | must be a string",
      "born      | 'Rosa Quispe'                                         | /children/0/born     | must be YYYY, YYYY-MM or YYYY-MM-DD",
      "born      | '2009-02-30'                                          | /children/0/born     | day must exist",
      "born      | 2009                                                  | /children/0/born     | must be a string",
      "born      | null                                                  | /children/0/born     | must be a string",
      "education | 'Rosa Quispe'                                         | /children/0/education | unknown value",
      "education | 'PRIMARY_SCHOOL'                                      | /children/0/education | unknown value",
      "care      | {'type':'boarding','since':'2015'}                    | /children/0/care/type | type must be one of",
      "care      | {'since':'2015'}                                      | /children/0/care     | type is required",
      "care      | {'type':'sos_family','since':'2015'}                  | /children/0/care     | family is required",
      "care      | {'type':'youth_follow_up','since':'2015','family':'f'} | /children/0/care/family | not a property of a youth_follow_up",
      "care      | {'type':'kinship_care','relation':'neighbour','since':'2015'} | /children/0/care/relation | unknown value",
      "care      | {'type':'left_care','on':'Rosa Quispe','reason':'other'} | /children/0/care/on | must be YYYY",
      "care      | {'since':'2015','family':'f','type':'youth_follow_up'} | /children/0/care/family | not a property of a youth_follow_up",
      "care      | {'type':'left_care','since':'2015','family':'f','on':'2016','reason':'other'} | /children/0/care/family | not a property of a left_care",
      "care      | {'type':'sos_family','family':null,'since':'2015'}    | /children/0/care     | family is required",
      "care      | {'type':'left_care','reason':'other'}                 | /children/0/care     | on is required",
      "care      | {'family':'f','type':'sos_family'}                    | /children/0/care     | since is required",
      "care      | 'sos_family'                                          | /children/0/care     | must be a care situation",
      "siblings  | ['c1']                                                | /children/0/siblings | must not contain the child's own id",
      "siblings  | ['c2','c2']                                           | /children/0/siblings/1 | duplicate value",
      "siblings  | ['c2','c3','c4','c5','c6','c7','c8','c9','c4']        | /children/0/siblings/8 | duplicate value",
      "siblings  | ['c2','c3','c4','c5','c6','c7','c8','c9','c10','c11','c9'] | /children/0/siblings/10 | duplicate value",
      "siblings  | 'c2'                                                  | /children/0/siblings | must be an array",
      "name      | ' '                                                   | /children/0/name     | must not be blank",
      "name      | 42                                                    | /children/0/name     | must be a string",
      "sponsored | 'yes'                                                 | /children/0/sponsored | must be true or false",
  })
  void refusesABadChildAtThePointerOfTheOffendingValue(String key, String value, String pointer, String reason) {
    JsonDecodingException refused = refused(childWith(key, value.replace('\'', '"')));
    assertThat(refused.pointer()).isEqualTo(pointer);
    assertThat(refused.reason()).contains(reason);
    assertThat(refused.line()).isEqualTo(1);
    assertThat(refused.column()).isPositive();
  }

  @Test
  void aCareSituationMayGiveItsTypeLastAndNullForPropertiesOfOtherTypes() {
    String typeFirst = childWith("care", "{'type':'left_care','on':'2016','reason':'other'}".replace('\'', '"'));
    String typeLast = childWith("care",
        "{'on':'2016','family':null,'reason':'other','since':null,'type':'left_care'}".replace('\'', '"'));
    assertThat(JSON.decodeDataset(typeLast).value()).isEqualTo(JSON.decodeDataset(typeFirst).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "'families':[{'id':'f1','village':'v','caregiver':{'role':'sos_mother'},'capacity':16}]       | /families/0/capacity | must be between 1 and 15",
      "'families':[{'id':'f1','village':'v','caregiver':{'role':'sos_mother'},'capacity':1.5}]      | /families/0/capacity | must be a whole number",
      "'families':[{'id':'f1','village':'v','caregiver':{'role':'sos_mother'},'capacity':99999999999999999999}] | /families/0/capacity | out of range",
      "'families':[{'id':'f1','village':'v','caregiver':{'role':'aunt'},'capacity':5}]              | /families/0/caregiver/role | unknown value",
      "'families':[{'id':'f1','village':'v','capacity':5}]                                          | /families/0 | caregiver: is required",
      "'locations':[{'id':'l','name':'L','country':'XX','region':'R'}]                             | /locations/0/country | ISO 3166-1",
      "'locations':[{'id':'l','name':'L','country':'PE','region':'R','population':-1}]              | /locations/0/population | must be between 0",
      "'locations':[{'id':'l','name':'L','country':'PE','region':'R','population':{'about':1,'upTo':2}}] | /locations/0/population/upTo | exactly one key",
      "'locations':[{'id':'l','name':'L','country':'PE','region':'R','population':{'roughly':1}}]  | /locations/0/population/roughly | one of about, upTo",
      "'locations':[{'id':'l','name':'L','country':'PE','region':'R','population':{}}]             | /locations/0/population | one of about, upTo",
      "'locations':[{'id':'l','name':'L','country':'PE','region':'R','population':1.5}]            | /locations/0/population | must be a whole number",
      "'locations':[{'id':'l','name':'L','country':'PE','region':'R','coordinates':{'lat':200,'lon':0}}] | /locations/0/coordinates/lat | must be between -90 and 90",
      "'locations':[{'id':'l','name':'L','country':'PE','region':'R','coordinates':{'lat':1}}]     | /locations/0/coordinates | lon is required",
      "'locations':[{'id':'l','name':'L','country':'PE','region':'R','indicators':[{'kind':'poverty_rate'}]}] | /locations/0/indicators/0 | or percent is required",
      "'locations':[{'id':'l','name':'L','country':'PE','region':'R','indicators':[{'kind':'poverty_rate','percent':100.5}]}] | /locations/0/indicators/0/percent | between 0 and 100",
      "'locations':[{'id':'l','name':'L','country':'PE','region':'R','indicators':[{'kind':'poverty_rate','percent':8.511}]}] | /locations/0/indicators/0/percent | at most 2 decimals",
      "'locations':[{'id':'l','name':'L','country':'PE','region':'R','indicators':[{'kind':'poverty_rate','percent':'42'}]}] | /locations/0/indicators/0/percent | must be a number",
      "'socialCentres':[{'id':'s','name':'S','location':'l','services':['day_care','day_care']}]    | /socialCentres/0/services/1 | duplicate value",
      "'socialCentres':[{'id':'s','name':'S','location':'l','facilities':{'ballroom':1}}]           | /socialCentres/0/facilities/ballroom | unknown facility",
      "'socialCentres':[{'id':'s','name':'S','location':'l','facilities':{'kitchen':0}}]           | /socialCentres/0/facilities | must be between 1 and 1000",
      "'programmes':[{'id':'p','name':'P','location':'l','targetAge':{'min':5,'under':5}}]         | /programmes/0/targetAge/under | greater than min",
      "'programmes':[{'id':'p','name':'P','location':'l','reach':{}}]                               | /programmes/0/reach | or families is required",
      "'outcomes':[{'id':'o','programme':'p','centre':'c','indicator':'x','period':'2017','count':1}] | /outcomes/0/centre | exactly one of programme",
      "'outcomes':[{'id':'o','indicator':'x','period':'2017','count':1}]                             | /outcomes/0 | one of programme, centre, village, location is required",
      "'outcomes':[{'id':'o','village':'v','indicator':'x','period':'2017','percent':9,'outOf':928}] | /outcomes/0/outOf | requires a count",
      "'outcomes':[{'id':'o','village':'v','indicator':'x','period':'2017','count':929,'outOf':928}] | /outcomes/0/count | must not exceed outOf",
      "'outcomes':[{'id':'o','village':'v','indicator':'x','period':'2017','count':{'about':9},'outOf':928}] | /outcomes/0/count | must be exact",
      "'outcomes':[{'id':'o','village':'v','indicator':'Children Assisted','period':'2017','count':1}] | /outcomes/0/indicator | must be 1 to 64 characters of [a-z0-9_]",
      "'outcomes':[{'id':'o','village':'v','indicator':'x','period':'2017'}]                         | /outcomes/0 | count: or percent is required",
      "'villages':{}                                                                               | /villages | must be an array",
      "'villages':[{'id':'v','name':'','location':'l'}]                                             | /villages/0/name | must not be blank",
  })
  void refusesBadEntitiesAtThePointerOfTheOffendingValue(String body, String pointer, String reason) {
    JsonDecodingException refused = refused(doc(body));
    assertThat(refused.pointer()).isEqualTo(pointer);
    assertThat(refused.reason()).contains(reason);
  }

  @Test
  void reportsLineAndColumnOfTheOffendingValue() {
    String json = "{\n  \"schemaVersion\": \"1.0\",\n  \"families\": [\n    {\"id\": \"f1\", \"village\": \"v\",\n"
        + "     \"caregiver\": {\"role\": \"sos_mother\"}, \"capacity\": 0}\n  ]\n}";
    JsonDecodingException refused = refused(json);
    assertThat(refused.pointer()).isEqualTo("/families/0/capacity");
    assertThat(refused.line()).isEqualTo(5);
    assertThat(refused.column()).isEqualTo(55);
    assertThat(refused.getMessage()).isEqualTo("/families/0/capacity (line 5, column 55): must be between 1 and 15");
  }

  @Test
  void nullIsAbsentForOptionalPropertiesOnly() {
    String json = doc("'locations':[{'id':'l','name':'L','country':'PE','region':'R','population':null,"
        + "'coordinates':null,'indicators':null}]");
    assertThat(JSON.decodeDataset(json).value().locations().get(0).population()).isEmpty();
    assertThat(refused(doc("'locations':[{'id':'l','name':null,'country':'PE','region':'R'}]")).pointer())
        .isEqualTo("/locations/0/name");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "no version           | {}                                            | ``               | schemaVersion is required",
      "another major        | {\"schemaVersion\":\"2.0\"}                   | /schemaVersion   | unsupported schema version",
      "no minor             | {\"schemaVersion\":\"1\"}                     | /schemaVersion   | unsupported schema version",
      "version as number    | {\"schemaVersion\":1.0}                       | /schemaVersion   | must be a string",
      "not an object        | [1,2]                                         | ``               | must be a document",
      "empty input          | ``                                            | ``               | the input is empty",
      "only white space     | `   `                                         | ``               | the input is empty",
      "trailing content     | {\"schemaVersion\":\"1.0\"} {}               | ``               | unexpected content after the end",
      "duplicate property   | {\"schemaVersion\":\"1.0\",\"schemaVersion\":\"1.0\"} | /schemaVersion | duplicate property",
      "comment              | {\"schemaVersion\":\"1.0\" /* x */}          | /schemaVersion   | malformed JSON",
      "single quotes        | {'schemaVersion':'1.0'}                       | ``               | malformed JSON",
      "NaN                  | {\"schemaVersion\":\"1.0\",\"x\":NaN}         | /x               | malformed JSON",
      "unterminated         | {\"schemaVersion\":\"1.0\"                     | /schemaVersion   | unexpected end of input",
      "truncated string     | {\"schemaVersion\":\"1.                       | /schemaVersion   | unexpected end of input",
  })
  void refusesWhatIsNotADocumentOfVersion1(String what, String json, String pointer, String reason) {
    JsonDecodingException refused = refused(json);
    assertThat(refused.pointer()).as(what).isEqualTo(pointer);
    assertThat(refused.reason()).as(what).contains(reason);
  }

  @Test
  void refusesInvalidUtf8() {
    byte[] bytes = doc("'x':'ab'").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xC3;
    JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class,
        () -> JSON.decodeDataset(new ByteArrayInputStream(bytes)));
    assertThat(refused).isNotNull();
    assertThat(refused.reason()).isIn("invalid character encoding", "malformed JSON");
  }

  @Test
  void noPolymorphicTypingFromClassNames() {
    String json = childWith("care", "{\"@class\":\"java.lang.ProcessBuilder\",\"type\":\"youth_follow_up\",\"since\":\"2015\"}");
    assertThat(JSON.decodeDataset(json).warnings()).extracting(DecodeWarning::pointer).containsExactly("/children/0/care/@class");
    assertThat(catchThrowableOfType(JsonDecodingException.class,
        () -> AldeaJson.builder().strict(true).build().decodeDataset(json)).pointer()).isEqualTo("/children/0/care/@class");
  }
}
