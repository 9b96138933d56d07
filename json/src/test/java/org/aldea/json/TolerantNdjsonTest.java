package org.aldea.json;

import static org.aldea.json.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.aldea.core.description.EntityKind;
import org.aldea.core.model.Child;
import org.aldea.testkit.AldeaGenerators;
import org.junit.jupiter.api.Test;

/**
 * A tolerant NDJSON reader survives anything that goes wrong inside a line: bad lines of every kind
 * put among good ones, each good line is read and each bad one reported with its number.
 */
class TolerantNdjsonTest {
  private static final int MAX_LINE_BYTES = 4096;
  private static final AldeaJson JSON = AldeaJson.builder().maxLineBytes(MAX_LINE_BYTES).build();

  /** A line that no reader could decode as a child, of one of several kinds chosen by the seed. */
  static byte[] badLine(long seed, byte[] good) {
    SplittableRandom random = new SplittableRandom(seed);
    switch (random.nextInt(9)) {
      case 0: // truncated: a proper prefix of an object is never a whole JSON value
        return java.util.Arrays.copyOf(good, 1 + random.nextInt(good.length - 1));
      case 1: // random bytes, after one that cannot begin JSON text or be white space
        byte[] noise = new byte[1 + random.nextInt(64)];
        random.nextBytes(noise);
        noise[0] = (byte) "#\0\u00fe\u00ff@".charAt(random.nextInt(5));
        return withoutLineBreaks(noise);
      case 2: // read as UTF-32 by a guessing parser
        return new byte[] {0, 0, 4, 0};
      case 3:
        return new byte[] {'{', 0, 0, 0, 0, 0};
      case 4: // an exponent no decimal can hold, where a number is expected
        return ascii(new String(good, StandardCharsets.UTF_8).replaceFirst("\\{", "{\"siblings\":1e2147483648,"));
      case 5:
        return ascii("{\"\":" + "[".repeat(16 + random.nextInt(10)));
      case 6: // over the line limit
        return ascii("{\"id\":\"" + "a".repeat(MAX_LINE_BYTES) + "\"}");
      case 7: // more properties than one object may have
        StringBuilder wide = new StringBuilder("{\"id\":\"w\"");
        for (int i = 0; i <= AldeaJson.DEFAULT_MAX_PROPERTIES_PER_OBJECT; i++) {
          wide.append(",\"").append(i).append("\":0");
        }
        return ascii(wide.append('}').toString());
      default: // a duplicated property
        return ascii(new String(good, StandardCharsets.UTF_8).replaceFirst("\\{", "{\"born\":\"2001\","));
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withoutLineBreaks(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        bytes[i] = '~';
      }
    }
    return bytes;
  }

  @Test
  void everyGoodLineIsReadAndEveryBadOneReportedWithItsNumber() {
    theory(200).forAll(lists().of(AldeaGenerators.children()).ofSizeBetween(1, 12), longs().all(),
        integers().between(0, 80)).checkAssert((children, seed, badShare) -> {
          SplittableRandom random = new SplittableRandom(seed);
          ByteArrayOutputStream stream = new ByteArrayOutputStream();
          stream.writeBytes(ascii("{\"schemaVersion\":\"1.0\",\"kind\":\"children\"}\n"));
          List<Long> expectedBad = new ArrayList<>();
          long line = 1;
          for (Child child : children) {
            byte[] good = ascii(JSON.encode(child));
            while (random.nextInt(100) < badShare) {
              stream.writeBytes(badLine(random.nextLong(), good));
              stream.write('\n');
              expectedBad.add(++line);
            }
            stream.writeBytes(good);
            stream.write('\n');
            line++;
          }
          List<Long> reported = new ArrayList<>();
          NdjsonListener tolerant = new NdjsonListener() {
            @Override
            public void onBadLine(JsonDecodingException error) {
              reported.add(error.line());
            }
          };
          List<Child> read;
          try (NdjsonReader<Child> reader = JSON.readNdjson(new ByteArrayInputStream(stream.toByteArray()),
              EntityKind.CHILDREN, tolerant)) {
            read = reader.stream().toList();
          }
          assertThat(read).isEqualTo(children);
          assertThat(reported).isEqualTo(expectedBad);
        });
  }
}
