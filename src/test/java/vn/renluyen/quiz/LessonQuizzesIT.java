package vn.renluyen.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.Users;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.quiz.LessonQuizzes.AttemptSheet;
import vn.renluyen.quiz.LessonQuizzes.Outcome;
import vn.renluyen.security.AccountService;

/** Taking a lesson's quiz on the real bank, database and clock rules: 10 drawn, 15 minutes, 70 %, 3 attempts. */
@PortalIntegrationTest
class LessonQuizzesIT {

    private static final AtomicInteger LEARNERS = new AtomicInteger();

    @Autowired
    LessonQuizzes quizzes;
    @Autowired
    QuizImport banks;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private long moduleId;
    private Map<String, Set<String>> correct;
    private String learner;

    @BeforeEach
    void freshLearner() {
        moduleId = catalog.lesson("nghi-quyet-quy-dinh-cho-dang-vien", "nghi-quyet-21-nq-tw-muc-iii-2").orElseThrow()
                .entry().moduleId();
        correct = banks.bankOf(moduleId).orElseThrow().questions().stream().collect(Collectors.toMap(
                QuizDefinition.Question::id, q -> q.options().stream().filter(QuizDefinition.Option::correct)
                        .map(QuizDefinition.Option::id).collect(Collectors.toSet())));
        learner = "hocvien" + LEARNERS.incrementAndGet() + "q" + System.nanoTime() % 100000;
        Users.run(users, "admin", () -> accounts.createStaffAccount(learner, "Học viên thử", "MatKhauHocVien1"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSheetHoldsTenShuffledQuestionsAndNoAnswers() {
        AttemptSheet sheet = as(() -> quizzes.start(moduleId, key()));
        assertThat(sheet.questions()).hasSize(10);
        assertThat(sheet.deadline()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)
                .plus(Duration.ofMinutes(15)));
        assertThat(sheet.questions().toString()).doesNotContain("correct").doesNotContain("true");
    }

    @Test
    void aRetriedOrSecondTabStartGetsTheSameAttempt() {
        String key = key();
        long first = as(() -> quizzes.start(moduleId, key)).attemptId();
        assertThat(as(() -> quizzes.start(moduleId, key)).attemptId()).isEqualTo(first);
        assertThat(as(() -> quizzes.start(moduleId, key())).attemptId()).isEqualTo(first);
        assertThat(attemptRows()).isEqualTo(1);
    }

    @Test
    void allCorrectPassesAndASecondSubmissionCannotChangeTheGrade() {
        AttemptSheet sheet = as(() -> quizzes.start(moduleId, key()));
        Outcome passed = as(() -> quizzes.submit(sheet.attemptId(), answers(sheet, 10)));
        assertThat(passed.attempt().percent()).isEqualTo(100.0);
        assertThat(passed.attempt().passed()).isTrue();

        Outcome again = as(() -> quizzes.submit(sheet.attemptId(), Map.of()));
        assertThat(again.attempt().percent()).isEqualTo(100.0);
        assertThat(again.attempt().submittedAt()).isEqualTo(passed.attempt().submittedAt());
    }

    @Test
    void reviewIsWithheldUntilTheLearnerPassesUnderAfterPass() {
        AttemptSheet failing = as(() -> quizzes.start(moduleId, key()));
        Outcome failed = as(() -> quizzes.submit(failing.attemptId(), answers(failing, 6)));
        assertThat(failed.attempt().percent()).isEqualTo(60.0);
        assertThat(failed.attempt().passed()).isFalse();
        assertThat(failed.review()).isEmpty();

        AttemptSheet passing = as(() -> quizzes.start(moduleId, key()));
        Outcome passed = as(() -> quizzes.submit(passing.attemptId(), answers(passing, 7)));
        assertThat(passed.attempt().passed()).isTrue();
        assertThat(passed.review()).hasSize(10).allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
        assertThat(as(() -> quizzes.outcome(failing.attemptId())).review()).hasSize(10);
    }

    @Test
    void answersInsideTheGraceCountAndLaterOnesDoNot() {
        AttemptSheet sheet = as(() -> quizzes.start(moduleId, key()));
        var first = sheet.questions().getFirst();
        Users.run(users, learner, () -> quizzes.answer(sheet.attemptId(), first.id(), correct.get(first.id())));
        clock.advance(Duration.ofMinutes(15).plusSeconds(25));

        assertThatThrownBy(() -> Users.run(users, learner, () -> quizzes.answer(sheet.attemptId(),
                sheet.questions().get(1).id(), correct.get(sheet.questions().get(1).id()))))
                .isInstanceOf(QuizProblem.class).hasMessage("quiz.attempt.closed");
        Outcome late = as(() -> quizzes.submit(sheet.attemptId(), answers(sheet, 10)));
        assertThat(late.attempt().late()).isTrue();
        assertThat(late.attempt().percent()).isEqualTo(10.0);
    }

    @Test
    void aSubmissionJustAfterTheDeadlineIsStillInTime() {
        AttemptSheet sheet = as(() -> quizzes.start(moduleId, key()));
        clock.advance(Duration.ofMinutes(15).plusSeconds(10));
        Outcome outcome = as(() -> quizzes.submit(sheet.attemptId(), answers(sheet, 10)));
        assertThat(outcome.attempt().late()).isFalse();
        assertThat(outcome.attempt().percent()).isEqualTo(100.0);
    }

    @Test
    void anAbandonedAttemptIsGradedOnWhatWasSavedAndCounts() {
        AttemptSheet sheet = as(() -> quizzes.start(moduleId, key()));
        var first = sheet.questions().getFirst();
        Users.run(users, learner, () -> quizzes.answer(sheet.attemptId(), first.id(), correct.get(first.id())));
        clock.advance(Duration.ofHours(1));

        var standing = as(() -> quizzes.standing(moduleId)).orElseThrow();
        assertThat(standing.open()).isNull();
        assertThat(standing.attempts()).singleElement().satisfies(a -> assertThat(a.percent()).isEqualTo(10.0));
        assertThat(standing.attemptsLeft()).isEqualTo(2);
    }

    @Test
    void threeAttemptsAndTheHighestGradeIsRecorded() {
        for (int right : new int[] {5, 6, 3}) {
            AttemptSheet sheet = as(() -> quizzes.start(moduleId, key()));
            as(() -> quizzes.submit(sheet.attemptId(), answers(sheet, right)));
        }
        assertThatThrownBy(() -> as(() -> quizzes.start(moduleId, key())))
                .isInstanceOf(QuizProblem.class).hasMessage("quiz.attempt.noneLeft");
        var standing = as(() -> quizzes.standing(moduleId)).orElseThrow();
        assertThat(standing.attemptsLeft()).isZero();
        assertThat(standing.recordedPercent()).isEqualTo(60.0);
        assertThat(standing.passed()).isFalse();
    }

    @Test
    void nobodyElseCanAnswerOrSubmitAnAttempt() {
        AttemptSheet sheet = as(() -> quizzes.start(moduleId, key()));
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> quizzes.submit(sheet.attemptId(), Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> quizzes.outcome(sheet.attemptId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void concurrentSubmissionsOfOneAttemptGradeItOnce() throws Exception {
        AttemptSheet sheet = as(() -> quizzes.start(moduleId, key()));
        List<Outcome> outcomes = concurrently(8, i -> quizzes.submit(sheet.attemptId(), answers(sheet, i % 2 == 0 ? 10 : 2)));
        assertThat(outcomes).extracting(o -> o.attempt().percent()).containsOnly(outcomes.getFirst().attempt().percent());
        assertThat(attemptRows()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from quiz_attempt a join account u on u.id = a.account_id"
                + " where u.username = ? and a.status = 'GRADED'", Integer.class, learner)).isEqualTo(1);
    }

    @Test
    void answersSavedAtOnceFromTwoTabsAreAllKept() throws Exception {
        AttemptSheet sheet = as(() -> quizzes.start(moduleId, key()));
        Map<String, Set<String>> right = answers(sheet, 10);
        List<String> ids = List.copyOf(right.keySet());
        concurrently(10, i -> {
            quizzes.answer(sheet.attemptId(), ids.get(i), right.get(ids.get(i)));
            return i;
        });
        as(() -> {
            quizzes.answer(sheet.attemptId(), ids.get(0), Set.of());
            quizzes.answer(sheet.attemptId(), "no-such-question", Set.of("a"));
            return null;
        });

        Outcome outcome = as(() -> quizzes.submit(sheet.attemptId(), null));
        assertThat(outcome.attempt().percent()).isEqualTo(90.0);
    }

    @Test
    void anAnswerSavedInsideTheGraceCounts() {
        AttemptSheet sheet = as(() -> quizzes.start(moduleId, key()));
        var first = sheet.questions().getFirst();
        clock.advance(Duration.ofMinutes(15).plusSeconds(15));
        Users.run(users, learner, () -> quizzes.answer(sheet.attemptId(), first.id(), correct.get(first.id())));
        assertThatThrownBy(() -> Users.run(users, "dangvien",
                () -> quizzes.answer(sheet.attemptId(), first.id(), correct.get(first.id()))))
                .isInstanceOf(AccessDeniedException.class);
        clock.advance(Duration.ofMinutes(10));
        Outcome closed = as(() -> quizzes.submit(sheet.attemptId(), null));
        assertThat(closed.attempt().percent()).isEqualTo(10.0);
    }

    @Test
    void concurrentStartsWithDifferentKeysMakeOneAttempt() throws Exception {
        List<AttemptSheet> sheets = concurrently(6, i -> quizzes.start(moduleId, key()));
        assertThat(sheets).extracting(AttemptSheet::attemptId).containsOnly(sheets.getFirst().attemptId());
        assertThat(attemptRows()).isEqualTo(1);
    }

    @Test
    void aForgedOrMissingKeyIsRefused() {
        assertThatThrownBy(() -> as(() -> quizzes.start(moduleId, "x"))).isInstanceOf(QuizProblem.class)
                .hasMessage("quiz.attempt.badKey");
        assertThatThrownBy(() -> as(() -> quizzes.start(moduleId, "a'; drop table quiz_attempt; --")))
                .isInstanceOf(QuizProblem.class);
    }

    private <T> List<T> concurrently(int threads, java.util.function.IntFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<T> task = () -> {
                    go.await();
                    return as(() -> work.apply(n));
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The first {@code right} questions answered correctly, the rest wrongly. */
    private Map<String, Set<String>> answers(AttemptSheet sheet, int right) {
        Map<String, Set<String>> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < sheet.questions().size(); i++) {
            Paper.ShownQuestion q = sheet.questions().get(i);
            Set<String> good = correct.get(q.id());
            answers.put(q.id(), i < right ? good : Set.of(q.options().stream().map(Paper.ShownOption::id)
                    .filter(id -> !good.contains(id)).findFirst().orElseThrow()));
        }
        return answers;
    }

    private int attemptRows() {
        return jdbc.queryForObject("select count(*) from quiz_attempt a join account u on u.id = a.account_id"
                + " where u.username = ?", Integer.class, learner);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return Users.as(users, learner, work);
    }

    private static String key() {
        return java.util.UUID.randomUUID().toString();
    }
}
