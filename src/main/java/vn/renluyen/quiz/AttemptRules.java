package vn.renluyen.quiz;

import java.time.Duration;

/** The rules one attempt runs under, from a lesson's quiz file or a contest round. */
public record AttemptRules(int draw, Duration timeLimit, int maxAttempts, int passPercent, boolean partialCredit) {

    static AttemptRules of(QuizDefinition quiz) {
        return new AttemptRules(quiz.draw(), Duration.ofMinutes(quiz.timeLimitMinutes()), quiz.maxAttempts(),
                quiz.passPercent(), quiz.partialCredit());
    }
}
