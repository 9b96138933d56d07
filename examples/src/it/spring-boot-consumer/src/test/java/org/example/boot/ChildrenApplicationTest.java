package org.example.boot;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ChildrenApplicationTest {
  private static final String CHILD = "{\"id\":\"c-1\",\"born\":%s,\"care\":{\"type\":\"left_care\",\"on\":\"2015\","
      + "\"reason\":\"independent_life\"},\"education\":\"completed\",\"adaptedTeaching\":false,\"sponsored\":false}";

  @Autowired
  private MockMvc mvc;

  @Test
  void aChildIsTakenAndABadOneIsABadRequestThatRepeatsNothing() throws Exception {
    mvc.perform(post("/children").contentType(MediaType.APPLICATION_JSON).content(CHILD.formatted("\"2000\"")))
        .andExpect(status().isOk());
    mvc.perform(post("/children").contentType(MediaType.APPLICATION_JSON).content(CHILD.formatted("SECRETNAME")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.pointer").value("/born"))
        .andExpect(content().string(Matchers.not(Matchers.containsString("SECRETNAME"))));
  }
}
