package vn.renluyen.quiz;

/** The form's rules, each broken one with its own Vietnamese message (keys contest.error.*). */
final class ContestValidation {

    static final int MAX_MINUTES = 180;
    static final int MAX_ATTEMPTS = 20;

    private ContestValidation() {
    }

    static void check(ContestSettings s, int poolSize) {
        if (s.title() == null || s.title().isBlank()) {
            throw new ContestProblem("contest.error.title");
        }
        if (s.opensAt() == null || s.closesAt() == null) {
            throw new ContestProblem("contest.error.window");
        }
        if (!s.closesAt().isAfter(s.opensAt())) {
            throw new ContestProblem("contest.error.closesBeforeOpens");
        }
        if (s.sources().isEmpty()) {
            throw new ContestProblem("contest.error.noSource");
        }
        if (s.questionsPerAttempt() < 1) {
            throw new ContestProblem("contest.error.questions");
        }
        if (s.questionsPerAttempt() > poolSize) {
            throw new ContestProblem("contest.error.poolTooSmall", s.questionsPerAttempt(), poolSize);
        }
        if (s.timeLimitMinutes() < 1 || s.timeLimitMinutes() > MAX_MINUTES) {
            throw new ContestProblem("contest.error.timeLimit", MAX_MINUTES);
        }
        if (s.attemptsPerRound() < 1 || s.attemptsPerRound() > MAX_ATTEMPTS) {
            throw new ContestProblem("contest.error.attempts", MAX_ATTEMPTS);
        }
    }
}
