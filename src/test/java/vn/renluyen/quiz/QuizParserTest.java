package vn.renluyen.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QuizParserTest {

    private static final String HEAD = """
            pass_percent: 70
            draw: 1
            time_limit_minutes: 15
            max_attempts: 3
            grading: highest
            partial_credit: false
            review: after_pass
            questions:
            """;

    @Test
    void everyQuizFileInTheRepositoryIsValid() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content/courses"))) {
            List<Path> quizzes = files.filter(f -> f.toString().endsWith(".quiz.yml")).toList();
            assertThat(quizzes).hasSize(17);
            for (Path file : quizzes) {
                QuizDefinition quiz = QuizParser.parse(Files.readString(file));
                assertThat(quiz.questions()).as(file.toString()).hasSizeGreaterThanOrEqualTo(10);
                assertThat(quiz.questions()).as(file.toString()).allMatch(q -> !q.explanation().isBlank());
            }
        }
    }

    @Test
    void readsRulesAndQuestions() {
        QuizDefinition quiz = QuizParser.parse(HEAD + """
                  - id: q1
                    type: multiple
                    text: "Chọn các ý đúng"
                    options:
                      - { id: a, text: "Một", correct: true }
                      - { id: b, text: "Hai", correct: true }
                      - { id: c, text: "Ba", correct: false }
                    explanation: "Vì thế."
                """);
        assertThat(quiz.passPercent()).isEqualTo(70);
        assertThat(quiz.grading()).isEqualTo(QuizDefinition.Grading.HIGHEST);
        assertThat(quiz.review()).isEqualTo(QuizDefinition.Review.AFTER_PASS);
        assertThat(quiz.questions().getFirst().correctCount()).isEqualTo(2);
    }

    @Test
    void misleadingBanksAreRefusedWithAReason() {
        String single = "  - { id: q1, type: single, text: \"Câu\", explanation: \"Vì\", options: [{ id: a, text: \"A\", correct: true }, { id: b, text: \"B\", correct: true }] }\n";
        assertRefused(HEAD + single, "quiz.problem.singleNeedsOne");
        String trueFalse = "  - { id: q1, type: true_false, text: \"Câu\", explanation: \"Vì\", options: [{ id: dung, text: \"Đúng\" }, { id: sai, text: \"Sai\" }] }\n";
        assertRefused(HEAD + trueFalse, "quiz.problem.trueFalseShape");
        String noExplanation = "  - { id: q1, type: single, text: \"Câu\", options: [{ id: a, text: \"A\", correct: true }, { id: b, text: \"B\" }] }\n";
        assertRefused(HEAD + noExplanation, "quiz.problem.missing");
        String good = "  - { id: q1, type: single, text: \"Câu\", explanation: \"Vì\", options: [{ id: a, text: \"A\", correct: true }, { id: b, text: \"B\" }] }\n";
        assertRefused(HEAD.replace("draw: 1", "draw: 5") + good, "quiz.problem.drawTooLarge");
        assertRefused(HEAD + good + good, "quiz.problem.duplicateQuestion");
        assertRefused(HEAD.replace("grading: highest", "grading: average") + good, "quiz.problem.choice");
        assertRefused(HEAD.replace("pass_percent: 70", "pass_percent: 170") + good, "quiz.problem.number");
        assertRefused("pass_percent: [70\n", "quiz.problem.brokenYaml");
        assertRefused(HEAD, "quiz.problem.noQuestions");
    }

    private static void assertRefused(String yaml, String key) {
        assertThatThrownBy(() -> QuizParser.parse(yaml)).isInstanceOf(QuizFileException.class).hasMessage(key);
    }
}
