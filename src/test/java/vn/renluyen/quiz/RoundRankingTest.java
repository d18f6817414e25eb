package vn.renluyen.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundRankingTest {

    private static final Instant T = Instant.parse("2026-12-01T13:00:00Z");

    private static Standing s(long id, double points, long ms, int submittedSecond, Integer prediction) {
        return new Standing(0, id, id, "N" + id, 1L, "Chi bộ", "/1/", points, 10, ms, T.plusSeconds(submittedSecond),
                prediction);
    }

    @Test
    void scoreThenPredictionThenTimeThenSubmission() {
        // Two perfect scores: the prediction 2 is exact, 9 is off by 7; no prediction comes last.
        List<Standing> ranked = RoundRanking.round(List.of(s(1, 10, 90_000, 5, 9), s(2, 10, 95_000, 6, 2),
                s(3, 7, 10_000, 1, 2), s(4, 7, 10_000, 0, 2), s(5, 7, 5_000, 9, null)), true);
        assertThat(ranked).extracting(Standing::accountId).containsExactly(2L, 1L, 4L, 3L, 5L);
        assertThat(ranked).extracting(Standing::rank).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void withoutThePredictionTheShorterTimeWins() {
        List<Standing> ranked = RoundRanking.round(List.of(s(1, 10, 90_000, 5, 9), s(2, 10, 95_000, 6, 2)), false);
        assertThat(ranked).extracting(Standing::accountId).containsExactly(1L, 2L);
        assertThat(RoundRanking.perfectCount(ranked)).isEqualTo(2);
    }
}
