package org.aldea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aldea.core.model.Dataset;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  @Test
  void aValidReportHasNoIssues() {
    assertThat(Base.validate(Base.DATASET).toJson())
        .isEqualTo("{\"valid\":true,\"errorCount\":0,\"warningCount\":0,\"omittedCount\":0,\"issues\":[]}");
  }

  @Test
  void anIssueHasSeverityCodePathEntityAndMessage() {
    Dataset duplicated = Dataset.builder().from(Base.DATASET).families(List.of(Base.FAMILY_1, Base.family("fam-1", 3))).build();
    assertThat(Base.validate(duplicated).toJson()).isEqualTo("{\"valid\":false,\"errorCount\":1,\"warningCount\":0,\"omittedCount\":0,"
        + "\"issues\":[{\"severity\":\"error\",\"code\":\"id.duplicate\",\"path\":\"/families/1/id\",\"entity\":\"fam-1\","
        + "\"message\":\"The id fam-1 is already used by another entity of the document.\"}]}");
  }
}
