package vn.renluyen.quiz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import vn.renluyen.TestDatabase;
import vn.renluyen.bench.BenchMachine;
import vn.renluyen.bench.Timings;
import vn.renluyen.Users;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.quiz.ContestEntries;
import vn.renluyen.quiz.ContestEntries.Result;
import vn.renluyen.quiz.ContestEntries.Sheet;
import vn.renluyen.quiz.ContestService;
import vn.renluyen.quiz.ContestSettings;
import vn.renluyen.quiz.Leaderboards;
import vn.renluyen.quiz.Paper;

/**
 * The contest benchmark: `./mvnw -Pbench-contest verify -Dbench.entrants=2000 -Dbench.threads=32 -Dbench.pool=20`.
 * Not a test of speed (it asserts only correctness). On a database of its own: N entrants made in bulk, one
 * contest round, then a synchronized start (all threads released by one latch) through ContestEntries, at
 * the service level, each call inside that entrant's security context. Phase 1: every entrant opens the
 * round (5 % twice with the same key, as a double click). Phase 2: two answers saved, then the submission
 * with all answers; 5 % submit twice, 5 % after the deadline (their thread's clock moved past it). Ends with
 * SQL checks: one attempt per key, all graded, late ones flagged with nothing counted after the deadline.
 */
@SpringBootTest(properties = {"portal.demo-data=true", "portal.publishing.scheduler.enabled=false",
        "spring.datasource.hikari.maximum-pool-size=${bench.pool:20}", "logging.level.root=WARN"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import(ContestBenchmark.BenchClock.class)
class ContestBenchmark {

    static final int ENTRANTS = Integer.getInteger("bench.entrants", 2000);
    static final int THREADS = Integer.getInteger("bench.threads", 32);
    static final int POOL = Integer.getInteger("bench.pool", 20);
    /** Entrants of a first contest, so the measured one meets a warmed-up portal (JIT done), as a running one is. */
    static final int WARM_UP = Integer.getInteger("bench.warmup", 1000);
    static final int QUESTIONS = 10;
    static final Duration AFTER_DEADLINE = Duration.ofMinutes(11);

    @TestConfiguration(proxyBeanMethods = false)
    static class BenchClock {
        @Bean
        @Primary
        Clock offsetClock() {
            return new OffsetClock(ZoneId.of("Asia/Ho_Chi_Minh"));
        }
    }

    @Autowired
    ContestService contests;
    @Autowired
    ContestEntries entries;
    @Autowired
    Leaderboards boards;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final Timings starts = new Timings();
    private final Timings answers = new Timings();
    private final Timings submits = new Timings();
    private final Timings repeats = new Timings();

    static boolean late(int i) {
        return i % 20 == 7;
    }

    static boolean twice(int i) {
        return i % 20 == 3;
    }

    @Test
    void measure() throws Exception {
        String loadAtStart = BenchMachine.loadAverage();
        long t = System.nanoTime();
        List<String> usernames = BenchEntrants.create(jdbc, ENTRANTS + WARM_UP);
        List<UserDetails> people = usernames.stream().map(users::loadUserByUsername).toList();
        double setupSeconds = (System.nanoTime() - t) / 1e9;
        run(round(contest("Khởi động")), people.subList(ENTRANTS, ENTRANTS + WARM_UP), new Timings[4]);

        String slug = contest("Tìm hiểu Nghị quyết");
        long round = round(slug);
        Phases phases = run(round, people.subList(0, ENTRANTS), new Timings[] {starts, answers, submits, repeats});
        t = System.nanoTime();
        Leaderboards.RoundBoard board = boards.rounds(slug).getFirst();
        double boardMs = (System.nanoTime() - t) / 1e6;

        int lateCount = (int) java.util.stream.IntStream.range(0, ENTRANTS).filter(ContestBenchmark::late).count();
        Map<String, Object> check = jdbc.queryForMap("""
                SELECT COUNT(*) AS attempts, COUNT(DISTINCT start_key) AS keys_, SUM(status = 'GRADED') AS graded,
                       SUM(late) AS late_, SUM(late AND JSON_LENGTH(answers) = 2
                           AND answers_saved_at <= deadline AND submitted_at > deadline) AS late_clean,
                       SUM(NOT late AND JSON_LENGTH(answers) = ?) AS complete
                FROM quiz_attempt WHERE subject = ?""", QUESTIONS, "round:" + round);
        String report = report(phases, setupSeconds, boardMs, board, check, lateCount, loadAtStart);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "contest.md"), report);
        System.out.println(report);

        assertThat(((Number) check.get("attempts")).intValue()).isEqualTo(ENTRANTS);
        assertThat(((Number) check.get("keys_")).intValue()).isEqualTo(ENTRANTS);
        assertThat(((Number) check.get("graded")).intValue()).isEqualTo(ENTRANTS);
        assertThat(((Number) check.get("late_")).intValue()).isEqualTo(lateCount);
        assertThat(((Number) check.get("late_clean")).intValue()).isEqualTo(lateCount);
        assertThat(((Number) check.get("complete")).intValue()).isEqualTo(ENTRANTS - lateCount);
        assertThat(phases.mismatches()).isZero();
        assertThat(phases.errors()).isZero();
        assertThat(board.standings()).hasSize(ENTRANTS - lateCount);
    }

    record Phases(double startSeconds, double submitSeconds, int mismatches, int errors) {
        double total() {
            return startSeconds + submitSeconds;
        }
    }

    private Phases run(long round, List<UserDetails> people, Timings[] timings) throws Exception {
        int n = people.size();
        Sheet[] sheets = new Sheet[n];
        String[] keys = new String[n];
        AtomicInteger mismatches = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        double startSeconds = phase(n, errors, i -> as(people.get(i), () -> {
            keys[i] = "bench-" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
            Integer prediction = new Random(i).nextInt(50);
            sheets[i] = timed(timings[0], () -> entries.enter(round, keys[i], prediction));
            if (twice(i) && entries.enter(round, keys[i], prediction).attemptId() != sheets[i].attemptId()) {
                mismatches.incrementAndGet();
            }
        }));
        double submitSeconds = phase(n, errors, i -> as(people.get(i), () -> {
            Map<String, Set<String>> chosen = choose(sheets[i], new Random(i));
            chosen.entrySet().stream().limit(2).forEach(a -> timed(timings[1], () -> {
                entries.answer(sheets[i].attemptId(), a.getKey(), a.getValue());
                return null;
            }));
            if (late(i)) {
                OffsetClock.later(AFTER_DEADLINE);
            }
            try {
                Result first = timed(timings[2], () -> entries.submit(sheets[i].attemptId(), chosen));
                if (twice(i)) {
                    Result again = timed(timings[3], () -> entries.submit(sheets[i].attemptId(), chosen));
                    if (!again.points().equals(first.points()) || again.attemptId() != first.attemptId()) {
                        mismatches.incrementAndGet();
                    }
                }
                if (late(i) != first.late()) {
                    mismatches.incrementAndGet();
                }
            } finally {
                OffsetClock.now();
            }
        }));
        return new Phases(startSeconds, submitSeconds, mismatches.get(), errors.get());
    }

    /** Releases all threads at once; each takes the next entrant until none is left. Seconds of wall time. */
    private static double phase(int n, AtomicInteger errors, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            running.add(pool.submit(() -> {
                go.await();
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    try {
                        work.accept(i);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        System.err.println("entrant " + i + ": " + e);
                    }
                }
                return null;
            }));
        }
        long t = System.nanoTime();
        go.countDown();
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - t) / 1e9;
    }

    private static Map<String, Set<String>> choose(Sheet sheet, Random random) {
        Map<String, Set<String>> chosen = new java.util.LinkedHashMap<>();
        for (Paper.ShownQuestion q : sheet.questions()) {
            chosen.put(q.id(), Set.of(q.options().get(random.nextInt(q.options().size())).id()));
        }
        return chosen;
    }

    private static <T> T timed(Timings timings, java.util.function.Supplier<T> call) {
        long t = System.nanoTime();
        T result = call.get();
        if (timings != null) {
            timings.add(System.nanoTime() - t);
        }
        return result;
    }

    private static void as(UserDetails user, Runnable work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String contest(String title) {
        List<Long> sources = catalog.course("nghi-quyet-quy-dinh-cho-dang-vien").orElseThrow().lessons().stream()
                .map(CourseCatalog.LessonEntry::moduleId).toList();
        Instant now = Instant.now();
        return Users.as(users, "bientap", () -> contests.create(new ContestSettings(title, "Thể lệ.",
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(7)), false, Set.of(), Set.copyOf(sources),
                QUESTIONS, 10, 1, false, true)));
    }

    private long round(String slug) {
        return contests.page(slug).orElseThrow().rounds().getFirst().id();
    }

    private String report(Phases p, double setupSeconds, double boardMs, Leaderboards.RoundBoard board,
            Map<String, Object> check, int lateCount, String loadAtStart) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n## Contest benchmark: %,d entrants, %d threads, Hikari pool %d, %s%n%n", ENTRANTS,
                THREADS, POOL, java.time.LocalDate.now()));
        out.append(String.format("Machine: %d cores, Java %s, MariaDB %s. Setup (JDBC batch of %,d accounts + "
                + "members, loading their UserDetails): %.1f s. Warm-up: %d entrants on another contest.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                jdbc.queryForObject("select version()", String.class), ENTRANTS + WARM_UP, setupSeconds, WARM_UP));
        out.append("| call | count | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        row(out, "enter (start or resume the attempt)", starts);
        row(out, "save one answer", answers);
        row(out, "submit (grade)", submits);
        row(out, "submit again (graded already)", repeats);
        out.append(String.format("%n| phase | seconds | per second |%n|---|---:|---:|%n"));
        out.append(String.format("| all %,d open the round | %.1f | %.0f starts/s |%n", ENTRANTS, p.startSeconds(),
                ENTRANTS / p.startSeconds()));
        out.append(String.format("| answer ×2 and submit | %.1f | %.0f submissions/s |%n", p.submitSeconds(),
                ENTRANTS / p.submitSeconds()));
        out.append(String.format("| total, first start to last grade | %.1f | %.0f entrants/s |%n", p.total(),
                ENTRANTS / p.total()));
        out.append(String.format("| ranking the round (`Leaderboards.rounds`, %,d counted) | %.3f | |%n",
                board.standings().size(), boardMs / 1000));
        out.append(String.format("%nChecks: attempts %s, distinct start keys %s, graded %s, late %s of %d expected "
                + "(%s with only the answers saved before the deadline), in-time attempts with all %d answers %s; "
                + "duplicate results that differed: %d; errors: %d.%n", check.get("attempts"), check.get("keys_"),
                check.get("graded"), check.get("late_"), lateCount, check.get("late_clean"), QUESTIONS,
                check.get("complete"), p.mismatches(), p.errors()));
        out.append(String.format("Targets: all graded within 60 s: %s (%.1f s); p95 submit ≤ 100 ms: %s (%.1f ms).%n",
                p.total() <= 60 ? "met" : "NOT met", p.total(), submits.percentileMs(95) <= 100 ? "met" : "NOT met",
                submits.percentileMs(95)));
        out.append(String.format("Load average (other work shares these cores): %s at the start, %s at the end.%n",
                loadAtStart, BenchMachine.loadAverage()));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Timings t) {
        out.append(String.format("| %s | %,d | %.1f | %.1f | %.1f |%n", name, t.count(), t.percentileMs(50),
                t.percentileMs(95), t.maxMs()));
    }
}
