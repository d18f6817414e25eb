package vn.renluyen.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;

/**
 * The attempt engine shared by lesson quizzes and contests. Exactly once: a start is keyed by the
 * client's idempotency key and by the learner's one open slot per quiz, so double clicks, two tabs and
 * retries get the same attempt; a submission locks the row and grades it once, later ones get that
 * grade back. The deadline is the server's; answers after it (plus a small grace) are not counted.
 */
@Service
class Attempts {

    private final QuizAttemptRepository attempts;
    private final DrawnPapers papers;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Duration grace;
    private final SecureRandom random = new SecureRandom();

    Attempts(QuizAttemptRepository attempts, DrawnPapers papers, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, @Value("${portal.quiz.grace:PT20S}") Duration grace) {
        this.attempts = attempts;
        this.papers = papers;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.grace = grace;
    }

    /** Rows keep microseconds; a grade read back later must equal the one returned now. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    Duration grace() {
        return grace;
    }

    /**
     * The learner's open attempt at this quiz, else a new one. A concurrent start that loses the race on
     * a unique key gets the winner's attempt instead of an error.
     */
    QuizAttempt start(QuizSubject subject, AttemptRules rules, Supplier<Paper> draw, String contentVersion,
            String startKey) {
        PortalUser user = currentUser.require();
        String key = checkedKey(startKey);
        try {
            return transaction.execute(status -> startOrResume(user, subject, rules, draw, contentVersion, key));
        } catch (DataIntegrityViolationException raced) {
            return transaction.execute(status -> attempts.findByStartKey(key)
                    .or(() -> attempts.findByOpenSlot(QuizAttempt.openSlot(subject, user.accountId())))
                    .filter(a -> a.getAccountId() == user.accountId())
                    .orElseThrow(() -> new QuizProblem("quiz.attempt.noneLeft")));
        }
    }

    private QuizAttempt startOrResume(PortalUser user, QuizSubject subject, AttemptRules rules, Supplier<Paper> draw,
            String contentVersion, String key) {
        Optional<QuizAttempt> retried = attempts.findByStartKey(key);
        if (retried.isPresent()) {
            return owned(retried.get(), user);
        }
        Optional<QuizAttempt> open = attempts.findByOpenSlot(QuizAttempt.openSlot(subject, user.accountId()));
        if (open.isPresent()) {
            QuizAttempt attempt = attempts.lockById(open.get().getId()).orElseThrow();
            if (attempt.isOpen() && attempt.acceptsAnswersAt(now(), Duration.ZERO)) {
                return attempt;
            }
            if (attempt.isOpen()) {
                close(attempt);
            }
        }
        long used = attempts.countByAccountIdAndSubject(user.accountId(), subject.key());
        if (used >= rules.maxAttempts()) {
            throw new QuizProblem("quiz.attempt.noneLeft");
        }
        Paper paper = draw.get();
        return attempts.saveAndFlush(new QuizAttempt(user.accountId(), user.memberId(), subject, (int) used + 1, key,
                rules, contentVersion, now(), PaperCodec.write(paper), paper.questions().size()));
    }

    /**
     * Keeps answers as the learner goes, so a reload or a lost connection loses nothing. One conditional
     * UPDATE on the cached paper: when it changes no row, the attempt is closed or out of time.
     */
    void saveAnswer(QuizSubject.Kind kind, long attemptId, String questionId, Set<String> optionIds) {
        PortalUser user = currentUser.require();
        DrawnPapers.Drawn drawn = papers.of(attemptId).filter(d -> d.subject().kind() == kind)
                .orElseThrow(this::notFound);
        if (drawn.accountId() != user.accountId()) {
            throw new AccessDeniedException("Attempt " + attemptId + " belongs to someone else");
        }
        if (!drawn.paper().asks(questionId)) {
            return;
        }
        Set<String> kept = drawn.paper().keepKnown(Map.of(questionId, optionIds == null ? Set.of() : optionIds))
                .getOrDefault(questionId, Set.of());
        Instant now = now();
        String path = jsonPath(questionId);
        Integer changed = transaction.execute(status -> kept.isEmpty()
                ? attempts.removeAnswer(attemptId, user.accountId(), path, now, now.minus(grace))
                : attempts.saveAnswer(attemptId, user.accountId(), path, PaperCodec.writeOptions(kept), now, now.minus(grace)));
        if (changed == null || changed == 0) {
            throw new QuizProblem("quiz.attempt.closed");
        }
    }

    /** A member path of MariaDB's JSON functions for any question id (quoted, so dots and dashes are fine). */
    static String jsonPath(String key) {
        return "$.\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Grades the attempt once. In time: the answers sent now count. Too late: only those saved in time
     * count, and the attempt is marked late. Already graded: the grade stands and is returned.
     */
    QuizAttempt submit(QuizSubject.Kind kind, long attemptId, Map<String, Set<String>> finalAnswers) {
        PortalUser user = currentUser.require();
        return transaction.execute(status -> {
            QuizAttempt attempt = owned(locked(kind, attemptId), user);
            if (!attempt.isOpen()) {
                return attempt;
            }
            Instant now = now();
            Paper paper = papers.paperOf(attempt);
            boolean inTime = attempt.acceptsAnswersAt(now, grace);
            if (inTime && finalAnswers != null) {
                Map<String, Set<String>> merged = new LinkedHashMap<>(PaperCodec.answers(attempt.getAnswers()));
                merged.putAll(finalAnswers);
                attempt.saveAnswers(PaperCodec.write(paper.keepKnown(merged)), now);
            }
            grade(attempt, paper, now, !inTime);
            return attempt;
        });
    }

    /** Attempts left open past their deadline are graded on what was saved (the learner closed the tab). */
    void close(QuizAttempt attempt) {
        grade(attempt, papers.paperOf(attempt), attempt.getDeadline(), false);
    }

    private void grade(QuizAttempt attempt, Paper paper, Instant submittedAt, boolean late) {
        Grader.Score score = Grader.grade(paper, PaperCodec.answers(attempt.getAnswers()), attempt.isPartialCredit());
        attempt.grade(score, submittedAt, late);
        attempts.saveAndFlush(attempt);
        events.publishEvent(new AttemptGraded(attempt.getId(), attempt.getAccountId(), attempt.getMemberId(),
                attempt.getSubject(), attempt.getPercent(), attempt.isPassed(), attempt.getContentVersion(),
                submittedAt));
    }

    /** Closes the current learner's overdue attempt at a quiz, if any, before counting or showing. */
    void closeOverdue(QuizSubject subject) {
        currentUser.get().ifPresent(user -> transaction.executeWithoutResult(status ->
                attempts.findByOpenSlot(QuizAttempt.openSlot(subject, user.accountId()))
                        .flatMap(a -> attempts.lockById(a.getId()))
                        .filter(a -> a.isOpen() && !a.acceptsAnswersAt(now(), grace))
                        .ifPresent(this::close)));
    }

    List<QuizAttempt> mine(QuizSubject subject) {
        PortalUser user = currentUser.require();
        return attempts.findByAccountIdAndSubjectOrderByAttemptNumberAsc(user.accountId(), subject.key());
    }

    QuizAttempt mine(long attemptId) {
        return owned(attempts.findById(attemptId).orElseThrow(this::notFound), currentUser.require());
    }

    /** The drawn paper of an attempt, parsed once per node (it never changes). */
    Paper paper(QuizAttempt attempt) {
        return papers.paperOf(attempt);
    }

    java.util.Random random() {
        return random;
    }

    /** A lesson quiz's page cannot act on a contest attempt, nor the other way round. */
    private QuizAttempt locked(QuizSubject.Kind kind, long attemptId) {
        return attempts.lockById(attemptId).filter(a -> a.getSubject().kind() == kind).orElseThrow(this::notFound);
    }

    private static QuizAttempt owned(QuizAttempt attempt, PortalUser user) {
        if (attempt.getAccountId() != user.accountId()) {
            throw new AccessDeniedException("Attempt " + attempt.getId() + " belongs to someone else");
        }
        return attempt;
    }

    private QuizProblem notFound() {
        return new QuizProblem("quiz.attempt.notFound");
    }

    /** The key comes from the page; it only has to be unique, short and plain. */
    private static String checkedKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9_-]{8,80}")) {
            throw new QuizProblem("quiz.attempt.badKey");
        }
        return key;
    }
}
