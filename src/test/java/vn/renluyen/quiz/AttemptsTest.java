package vn.renluyen.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttemptsTest {

    @Test
    void anyQuestionIdBecomesOneQuotedJsonMember() {
        assertThat(Attempts.jsonPath("12-q01")).isEqualTo("$.\"12-q01\"");
        assertThat(Attempts.jsonPath("a.b")).isEqualTo("$.\"a.b\"");
        assertThat(Attempts.jsonPath("say \"hi\"")).isEqualTo("$.\"say \\\"hi\\\"\"");
        assertThat(Attempts.jsonPath("back\\slash")).isEqualTo("$.\"back\\\\slash\"");
    }
}
