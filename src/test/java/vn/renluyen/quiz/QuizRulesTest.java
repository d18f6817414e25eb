package vn.renluyen.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.renluyen.quiz.QuizDefinition.Grading;
import vn.renluyen.quiz.QuizDefinition.Review;

/** The quiz file's grading and review rules, as the lesson's standing applies them. */
class QuizRulesTest {

    @Test
    void highestKeepsTheBestAttemptAndLastTheLatest() {
        List<Double> taken = List.of(60.0, 90.0, 70.0);
        assertThat(LessonQuizzes.recordedPercent(Grading.HIGHEST, taken)).contains(90.0);
        assertThat(LessonQuizzes.recordedPercent(Grading.LAST, taken)).contains(70.0);
        assertThat(LessonQuizzes.recordedPercent(Grading.LAST, List.of())).isEmpty();
    }

    @Test
    void immediateReviewShowsAnswersAtOnceAfterPassWaitsForAPass() {
        assertThat(LessonQuizzes.mayReview(Review.IMMEDIATE, false)).isTrue();
        assertThat(LessonQuizzes.mayReview(Review.AFTER_PASS, false)).isFalse();
        assertThat(LessonQuizzes.mayReview(Review.AFTER_PASS, true)).isTrue();
    }
}
