package vn.renluyen.quiz;

import java.util.List;

/** A lesson's question bank and its rules, as written in NN-lesson.quiz.yml (DESIGN.md, content contract). */
public record QuizDefinition(int passPercent, int draw, int timeLimitMinutes, int maxAttempts, Grading grading,
        boolean partialCredit, Review review, List<Question> questions) {

    public enum Grading {
        HIGHEST, LAST
    }

    public enum Review {
        IMMEDIATE, AFTER_PASS
    }

    public enum QuestionType {
        SINGLE, MULTIPLE, TRUE_FALSE
    }

    public record Question(String id, QuestionType type, String text, List<Option> options, String explanation) {

        public long correctCount() {
            return options.stream().filter(Option::correct).count();
        }
    }

    public record Option(String id, String text, boolean correct) {
    }
}
