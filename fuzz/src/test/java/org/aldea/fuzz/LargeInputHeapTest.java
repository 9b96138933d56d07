package org.aldea.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Enumeration;
import org.aldea.core.model.Dataset;
import org.aldea.json.AldeaJson;
import org.aldea.json.JsonDecodingException;
import org.aldea.validation.AldeaValidator;
import org.aldea.validation.Rule;
import org.aldea.validation.ValidationPolicy;
import org.aldea.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The large inputs that exhausted the heap, each refused cleanly or decoded and validated in a
 * 256 MiB heap. Surefire runs this class alone under -Xmx256m (the "heap-256m" execution in the
 * pom). The documents are generated as they are read, never held whole.
 */
@Tag("heap-256m")
class LargeInputHeapTest {
  private static final AldeaJson JSON = AldeaJson.create();
  private static final String MINIMAL_CHILD =
      "{\"id\":\"c%d\",\"born\":\"2010\",\"care\":{\"type\":\"youth_follow_up\",\"since\":\"2020\"},\"education\":\"not_enrolled\"}";

  @BeforeAll
  static void runsIn256MiB() {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(256L << 20);
  }

  /** A document: a head, a count of generated parts separated by commas, and a tail. */
  private static InputStream document(String head, long parts, java.util.function.LongFunction<String> part, String tail) {
    Enumeration<InputStream> pieces = new Enumeration<>() {
      private long next = -1;

      @Override
      public boolean hasMoreElements() {
        return next <= parts;
      }

      @Override
      public InputStream nextElement() {
        long at = next++;
        String text;
        if (at < 0) {
          text = head;
        } else if (at == parts) {
          text = tail;
        } else {
          StringBuilder chunk = new StringBuilder();
          // Parts come a thousand at a time, so that the stream is not one object per part.
          for (long i = at; i < Math.min(parts, at + 1000); i++) {
            chunk.append(i == 0 ? "" : ",").append(part.apply(i));
          }
          next = Math.min(parts, at + 1000);
          text = chunk.toString();
        }
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
      }
    };
    return new SequenceInputStream(pieces);
  }

  private static InputStream children(long count) {
    return document("{\"schemaVersion\":\"1.0\",\"children\":[", count, i -> String.format(MINIMAL_CHILD, i), "]}");
  }

  @Test
  void aMillionMinimalChildrenOver100MbAreRefusedAtTheLimit() {
    JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class,
        () -> JSON.decodeDataset(children(1_000_000)));
    assertThat(refused.reason()).isEqualTo("document over the limit of " + AldeaJson.DEFAULT_MAX_DOCUMENT_BYTES + " bytes");
    assertThat(refused.pointer()).startsWith("/children/");
  }

  @Test
  void aDocumentOf300MbIsRefusedAtTheLimit() {
    JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class,
        () -> JSON.decodeDataset(children(2_800_000)));
    assertThat(refused.reason()).startsWith("document over the limit of");
  }

  @Test
  void childrenJustUnderTheLimitDecode() {
    // 600,000 minimal children make about 61 MiB of JSON, under the 64 MiB limit.
    Dataset dataset = JSON.decodeDataset(children(600_000)).value();
    assertThat(dataset.children()).hasSize(600_000);
  }

  @Test
  void aChildWithAMillionSiblingsDecodesAndValidates() {
    String head = "{\"schemaVersion\":\"1.0\",\"children\":[" + String.format(MINIMAL_CHILD, 0).replaceFirst("}$", "")
        + ",\"siblings\":[";
    Dataset dataset = JSON.decodeDataset(document(head, 1_000_000, i -> "\"s" + i + "\"", "]}]}")).value();
    assertThat(dataset.children().get(0).siblings()).hasSize(1_000_000);
    ValidationReport report = AldeaValidator.create(ValidationPolicy.asOf(LocalDate.of(2021, 1, 1))).validate(dataset);
    assertThat(report.issues(Rule.REFERENCE_UNKNOWN)).hasSize(ValidationPolicy.DEFAULT_MAX_ISSUES_PER_RULE_AND_ENTITY);
    assertThat(report.errorCount()).isEqualTo(1_000_000);
    assertThat(report.omittedCount()).isEqualTo(1_000_000 - ValidationPolicy.DEFAULT_MAX_ISSUES_PER_RULE_AND_ENTITY);
  }

  @Test
  void aMillionUnknownPropertiesAreRefusedAtTheCap() {
    JsonDecodingException refused = catchThrowableOfType(JsonDecodingException.class,
        () -> JSON.decodeDataset(document("{\"schemaVersion\":\"1.0\",", 1_000_000, i -> "\"u" + i + "\":0", "}")));
    assertThat(refused.reason()).contains("maxPropertiesPerObject");
  }
}
