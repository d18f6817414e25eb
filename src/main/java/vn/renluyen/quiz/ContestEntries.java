package vn.renluyen.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.renluyen.base.ReadOnPrimary;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;

/**
 * Taking part in a contest round: entering (with the prediction), answering, submitting and one's own
 * results. Attempts run on the shared engine with the subject {@code round:<id>}. A submission after the
 * deadline is closed as late by the engine and then not counted in any ranking.
 */
@Service
public class ContestEntries {

    private final ContestRoundRepository rounds;
    private final Attempts attempts;
    private final ContestPool pool;
    private final Eligibility eligibility;
    private final EntryRecords entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContestEntries(ContestRoundRepository rounds, Attempts attempts, ContestPool pool, Eligibility eligibility,
            EntryRecords entries, CurrentUser currentUser, Clock clock) {
        this.rounds = rounds;
        this.attempts = attempts;
        this.pool = pool;
        this.eligibility = eligibility;
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Starts or resumes the current user's attempt at a round; {@code startKey} is the page's idempotency
     * key. The attempt's deadline never passes the round's closing. {@code prediction} may be null.
     */
    public Sheet enter(long roundId, String startKey, Integer prediction) {
        PortalUser user = currentUser.require();
        ContestRound round = rounds.findWithContestById(roundId).orElseThrow(() -> new ContestProblem("contest.notFound"));
        Contest contest = round.getContest();
        eligibility.require(contest, user);
        Instant now = clock.instant();
        if (!round.isOpenAt(now)) {
            throw new ContestProblem(now.isBefore(round.getOpensAt()) ? "contest.enter.notYet" : "contest.enter.closed");
        }
        if (prediction != null && (prediction < 0 || !contest.hasPrediction())) {
            throw new ContestProblem("contest.enter.badPrediction");
        }
        ContestPool.Pool questions = pool.of(contest.getSources());
        if (questions.questions().size() < contest.getQuestionsPerAttempt()) {
            throw new ContestProblem("contest.enter.poolGone");
        }
        entries.enter(roundId, user.accountId(), user.memberId(), prediction, now);
        QuizAttempt attempt = attempts.start(round.subject(),
                contest.attemptRules(Duration.between(now, round.getClosesAt())),
                () -> PaperDraw.draw(questions.questions(), contest.getQuestionsPerAttempt(), attempts.random()),
                questions.version(), startKey);
        return sheet(attempt);
    }

    /** The sheet of an open attempt, for reloading the page; empty once it is graded. */
    @ReadOnPrimary
    public java.util.Optional<Sheet> sheet(long attemptId) {
        QuizAttempt attempt = contestAttempt(attemptId);
        return attempt.isOpen() ? java.util.Optional.of(sheet(attempt)) : java.util.Optional.empty();
    }

    public void answer(long attemptId, String questionId, Set<String> optionIds) {
        attempts.saveAnswer(QuizSubject.Kind.CONTEST_ROUND, attemptId, questionId, optionIds);
    }

    /** Grades once; a repeated submission gets the same result back. */
    public Result submit(long attemptId, Map<String, Set<String>> answers) {
        return resultOf(attempts.submit(QuizSubject.Kind.CONTEST_ROUND, attemptId, answers));
    }

    /** The current user's graded attempt at a contest round. */
    @ReadOnPrimary
    public Result result(long attemptId) {
        QuizAttempt attempt = contestAttempt(attemptId);
        if (attempt.isOpen()) {
            throw new QuizProblem("quiz.attempt.stillOpen");
        }
        return resultOf(attempt);
    }

    /** The current user's attempts at a round, overdue ones closed first; empty when not logged in. */
    public List<Result> mine(long roundId) {
        if (currentUser.get().isEmpty()) {
            return List.of();
        }
        QuizSubject subject = QuizSubject.contestRound(roundId);
        attempts.closeOverdue(subject);
        return attempts.mine(subject).stream().map(ContestEntries::resultOf).toList();
    }

    private QuizAttempt contestAttempt(long attemptId) {
        QuizAttempt attempt = attempts.mine(attemptId);
        if (attempt.getSubject().kind() != QuizSubject.Kind.CONTEST_ROUND) {
            throw new QuizProblem("quiz.attempt.notFound");
        }
        return attempt;
    }

    private Sheet sheet(QuizAttempt attempt) {
        return new Sheet(attempt.getId(), attempt.getSubject().id(), attempt.getAttemptNumber(), attempt.getDeadline(),
                attempts.paper(attempt).shown(), PaperCodec.answers(attempt.getAnswers()));
    }

    private static Result resultOf(QuizAttempt a) {
        return new Result(a.getId(), a.getSubject().id(), a.getAttemptNumber(), a.isOpen(), a.getPoints(),
                a.getMaxPoints(), a.getTimeTakenMs(), a.getSubmittedAt(), a.isLate(), !a.isOpen() && !a.isLate(),
                a.getDeadline());
    }

    /** What the page holds while answering: questions without their answers, the server's deadline. */
    public record Sheet(long attemptId, long roundId, int number, Instant deadline,
            List<Paper.ShownQuestion> questions, Map<String, Set<String>> saved) {
    }

    /** counted: graded in time, so it takes part in the ranking. */
    public record Result(long attemptId, long roundId, int number, boolean open, Double points, int maxPoints,
            Long timeTakenMs, Instant submittedAt, boolean late, boolean counted, Instant deadline) {
    }
}
