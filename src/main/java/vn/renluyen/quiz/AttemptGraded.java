package vn.renluyen.quiz;

import java.time.Instant;

/**
 * Published inside the transaction that grades an attempt, so listeners (completions) write their
 * records in the same transaction: a passing attempt and its completion commit or fail together.
 */
public record AttemptGraded(long attemptId, long accountId, Long memberId, QuizSubject subject, double percent,
        boolean passed, String contentVersion, Instant submittedAt) {
}
