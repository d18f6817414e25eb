package vn.renluyen.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.ReadOnPrimary;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.quiz.QuizDefinition.Grading;
import vn.renluyen.quiz.QuizDefinition.Review;

/**
 * A lesson's quiz as a learner takes it: its rules and standing, starting, answering, submitting and
 * reviewing. The page gets questions without their answers; the correct ones are shown only after
 * submission and only as the quiz's {@code review} rule allows.
 */
@Service
public class LessonQuizzes {

    private final QuizBankRepository banks;
    private final EditorialService editorial;
    private final Attempts attempts;
    private final QuizAttemptRepository attemptRows;

    LessonQuizzes(QuizBankRepository banks, EditorialService editorial, Attempts attempts,
            QuizAttemptRepository attemptRows) {
        this.banks = banks;
        this.editorial = editorial;
        this.attempts = attempts;
        this.attemptRows = attemptRows;
    }

    /** True when the lesson has a published question bank (a lesson without one is completed by reading). */
    @Transactional(readOnly = true)
    public boolean hasQuiz(long moduleId) {
        return published(moduleId).isPresent();
    }

    /** For completions: whether this account has a passing attempt at the lesson's quiz. */
    @Transactional(readOnly = true)
    public boolean hasPassed(long accountId, long moduleId) {
        return attemptRows.existsByAccountIdAndSubjectAndPassedTrue(accountId, QuizSubject.lesson(moduleId).key());
    }

    /** When each account last submitted a quiz, for the secretary's table. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastSubmitted(java.util.Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Map.of() : attemptRows.lastSubmittedByAccount(accountIds).stream()
                .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1]));
    }

    /** The current learner's standing at a lesson's quiz; empty when the lesson has no quiz. */
    public Optional<Standing> standing(long moduleId) {
        Optional<Bank> bank = published(moduleId);
        if (bank.isEmpty()) {
            return Optional.empty();
        }
        QuizSubject subject = QuizSubject.lesson(moduleId);
        attempts.closeOverdue(subject);
        List<QuizAttempt> mine = attempts.mine(subject);
        QuizDefinition quiz = bank.get().quiz();
        List<QuizAttempt> graded = mine.stream().filter(a -> !a.isOpen()).toList();
        Optional<Double> recorded = recordedPercent(quiz.grading(), graded.stream().map(QuizAttempt::getPercent).toList());
        boolean passed = graded.stream().anyMatch(QuizAttempt::isPassed);
        Optional<AttemptSheet> open = mine.stream().filter(QuizAttempt::isOpen).findFirst().map(this::sheet);
        return Optional.of(new Standing(quiz, graded.stream().map(this::summary).toList(),
                Math.max(0, quiz.maxAttempts() - graded.size()), recorded.orElse(null),
                passed, open.orElse(null)));
    }

    /** Starts (or resumes) an attempt; {@code startKey} is the page's idempotency key for this start. */
    public AttemptSheet start(long moduleId, String startKey) {
        Bank bank = published(moduleId).orElseThrow(() -> new QuizProblem("quiz.attempt.noQuiz"));
        QuizAttempt attempt = attempts.start(QuizSubject.lesson(moduleId), AttemptRules.of(bank.quiz()),
                () -> PaperDraw.draw(bank.quiz().questions(), bank.quiz().draw(), attempts.random()),
                "bản " + bank.revision(), startKey);
        return sheet(attempt);
    }

    public void answer(long attemptId, String questionId, Set<String> optionIds) {
        attempts.saveAnswer(QuizSubject.Kind.LESSON, attemptId, questionId, optionIds);
    }

    public Outcome submit(long attemptId, Map<String, Set<String>> answers) {
        return outcome(attempts.submit(QuizSubject.Kind.LESSON, attemptId, answers));
    }

    /** A graded attempt of the current learner, with the review the quiz's rule allows now. */
    @ReadOnPrimary
    public Outcome outcome(long attemptId) {
        QuizAttempt attempt = attempts.mine(attemptId);
        if (attempt.isOpen()) {
            throw new QuizProblem("quiz.attempt.stillOpen");
        }
        return outcome(attempt);
    }

    private Outcome outcome(QuizAttempt attempt) {
        long moduleId = attempt.getSubject().id();
        Review rule = published(moduleId).map(b -> b.quiz().review()).orElse(Review.AFTER_PASS);
        boolean passedEver = hasPassed(attempt.getAccountId(), moduleId);
        boolean mayReview = mayReview(rule, passedEver);
        return new Outcome(summary(attempt), mayReview ? Review.IMMEDIATE : rule, mayReview
                ? AttemptReview.of(attempts.paper(attempt), PaperCodec.answers(attempt.getAnswers()),
                        attempt.isPartialCredit())
                : List.of());
    }

    /** The grade that stands for the lesson: the best attempt, or the latest (attempts in the order taken). */
    static Optional<Double> recordedPercent(Grading grading, List<Double> gradedInOrder) {
        return grading == Grading.HIGHEST ? gradedInOrder.stream().max(Double::compare)
                : gradedInOrder.stream().reduce((first, second) -> second);
    }

    /** after_pass keeps answers and explanations back until the learner has passed once. */
    static boolean mayReview(Review rule, boolean passedEver) {
        return rule == Review.IMMEDIATE || passedEver;
    }

    private AttemptSheet sheet(QuizAttempt attempt) {
        return new AttemptSheet(attempt.getId(), attempt.getAttemptNumber(), attempt.getDeadline(),
                attempts.paper(attempt).shown(), PaperCodec.answers(attempt.getAnswers()));
    }

    private AttemptSummary summary(QuizAttempt a) {
        return new AttemptSummary(a.getId(), a.getAttemptNumber(), a.getStartedAt(), a.getSubmittedAt(),
                a.getPercent(), a.isPassed(), a.isLate(), a.getPassPercent());
    }

    private Optional<Bank> published(long moduleId) {
        return banks.findByModuleId(moduleId)
                .flatMap(bank -> editorial.publishedRevision(bank.getEditorialItemId()))
                .map(revision -> new Bank(QuizParser.parse(revision.getBody()), revision.getNumber()));
    }

    private record Bank(QuizDefinition quiz, int revision) {
    }

    /** attemptsLeft counts graded attempts only: an open one is still the learner's to finish. */
    public record Standing(QuizDefinition rules, List<AttemptSummary> attempts, int attemptsLeft,
            Double recordedPercent, boolean passed, AttemptSheet open) {
    }

    /** What the page holds while answering: questions without answers, the deadline, answers saved so far. */
    public record AttemptSheet(long attemptId, int number, Instant deadline, List<Paper.ShownQuestion> questions,
            Map<String, Set<String>> saved) {
    }

    public record AttemptSummary(long attemptId, int number, Instant startedAt, Instant submittedAt, Double percent,
            boolean passed, boolean late, int passPercent) {
    }

    /** review is empty when the rule withholds it (after_pass, not passed yet). */
    public record Outcome(AttemptSummary attempt, Review reviewRule, List<AttemptReview> review) {
    }
}
