package org.aldea.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.aldea.json.AldeaJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The cursor reads where a token is from Jackson's parser without a location object; it must say
 * what the location object says, for every token but property names.
 */
class CursorTest {
  @Test
  void readsTheOffsetAndColumnOfEveryValueTokenAsItsLocationSaysThem() {
    byte[] input = "ab {\"a\":[1,-2.5e3,\"s\u00e9\",{\"b\":null}],\r\n \"c\":true}\n\t{}\r[]"
        .getBytes(StandardCharsets.UTF_8);
    JsonParser parser = AldeaJson.withLimits(new JsonFactory()).createParser(ObjectReadContext.empty(), input, 2,
        input.length - 2);
    Cursor cursor = new Cursor(parser, false, new WireReader.Limits(10, 10), warning -> {});
    int tokens = 0;
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      if (token != JsonToken.PROPERTY_NAME) {
        TokenStreamLocation location = parser.currentTokenLocation();
        assertThat(cursor.tokenOffset()).as("offset of %s", token).isEqualTo(location.getByteOffset());
        assertThat(cursor.tokenColumn()).as("column of %s", token).isEqualTo(location.getColumnNr());
        assertThat(cursor.tokenLine()).as("line of %s", token).isEqualTo(location.getLineNr());
        tokens++;
      }
    }
    assertThat(tokens).isEqualTo(15);
  }
}
