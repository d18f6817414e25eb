package vn.renluyen.shell.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import vn.renluyen.SearchIndex;
import vn.renluyen.TestDatabase;
import vn.renluyen.bench.BenchMachine;
import vn.renluyen.bench.Timings;
import vn.renluyen.bench.Visitor;

/**
 * The load benchmark: {@code ./mvnw -Pbench-load verify}. Not a test of speed (it asserts only that pages
 * answered). The whole portal on a free port, on a database of its own with the demo data and content/,
 * production settings except a short anonymous session lifetime ({@code bench.anonymous-timeout}, so that
 * expiry can be watched within minutes). Phases, in this order so that each one's heap is read on a quiet
 * portal:
 * <ol>
 * <li>Warm-up: anonymous page loads and sign-ins until the JIT has settled; then wait until those sessions
 * have expired.</li>
 * <li>Logged-in sessions: N members sign in, each in its own session, and open a lesson in one tab; live
 * heap (after full GCs) with and without them, divided by N (as Vaadin's documentation measures a
 * session).</li>
 * <li>Anonymous page loads: 2 × {@code bench.anonymous} complete page loads (HTML, UI, view), each a new
 * visitor, by {@code bench.users} concurrent visitors; per page pages/s and p50/p95; live heap right after
 * (their sessions alive) and after they expired, for both rounds.</li>
 * <li>{@code wrk} (if installed) on each page's HTML answer and on the JSON/feed endpoints.</li>
 * </ol>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.demo-data=true", "logging.level.root=WARN",
        "portal.session.anonymous-timeout=${bench.anonymous-timeout:1m}"})
@ContextConfiguration(initializers = TestDatabase.class)
class LoadBenchmark {

    static final int SESSIONS = Integer.getInteger("bench.sessions", 300);
    static final int WARM_UP_SIGN_INS = 50;
    static final int ANONYMOUS = Integer.getInteger("bench.anonymous", 10_000);
    static final int USERS = Integer.getInteger("bench.users", 8);
    static final int WARM_UP = Integer.getInteger("bench.warmup", 2_000);
    static final int WRK_SECONDS = Integer.getInteger("bench.wrk-seconds", 15);
    static final int WRK_CONNECTIONS = Integer.getInteger("bench.wrk-connections", 16);
    static final String PASSWORD = "RenLuyen@2026";
    /** Demo accounts that sign in with a password alone (ADMIN and SECRETARY grants need the second factor). */
    static final List<String> MEMBERS = List.of("dangvien", "quanchung", "bientap", "xuatban");

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcTemplate jdbc;

    private final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        String loadAtStart = BenchMachine.loadAverage();
        SearchIndex.awaitOutboxEmpty(jdbc);
        String base = "http://localhost:" + port;
        Map<String, String> pages = pages(base);
        header(base, pages);

        anonymousLoads(base, pages, WARM_UP, new LinkedHashMap<>());
        for (int i = 0; i < WARM_UP_SIGN_INS; i++) {
            signedInTab(base, MEMBERS.get(i % MEMBERS.size()), pages.get("Bài học"));
        }
        // The warm-up's logged-in sessions live the logged-in timeout (30 min); only the anonymous ones expire.
        awaitSessions(WARM_UP_SIGN_INS, "warm-up");

        loggedInSessions(base, pages);
        int loggedIn = activeSessions();
        anonymousRounds(base, pages, loggedIn);
        wrk(base, pages);

        report.append(String.format("%nLoad average (1/5/15 min) at the start: %s; at the end: %s.%n", loadAtStart,
                BenchMachine.loadAverage()));
        save();
        System.out.println(report);
    }

    /** The public pages a reader opens, with real addresses taken from the search API (published items). */
    private Map<String, String> pages(String base) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("Trang chủ", "/");
        pages.put("Khoá học", "/khoa-hoc");
        pages.put("Bài học", firstUrl(base, "module"));
        pages.put("Gương sáng", "/guong-sang");
        pages.put("Một gương sáng", firstUrl(base, "story"));
        pages.put("Tin tức", "/tin-tuc");
        pages.put("Một bài tin", firstUrl(base, "article"));
        pages.put("Tìm kiếm", "/tim-kiem?q=dang+vien");
        return pages;
    }

    private static String firstUrl(String base, String type) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/search?q=dang&limit=1&type=" + type)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher url = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(response.body());
        assertThat(url.find()).as("a published %s in the demo data", type).isTrue();
        return url.group(1);
    }

    private void header(String base, Map<String, String> pages) throws Exception {
        Runtime runtime = Runtime.getRuntime();
        report.append(String.format("Machine: %d cores, JVM heap max %d MB, Java %s, %s, %s. Portal and clients "
                + "in one JVM (the portal's heap is read there); wrk a separate process, all on loopback. Vaadin "
                + "production mode: %s. Anonymous session lifetime in this run: %s (the portal's default is 10 min).%n%n",
                runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                jdbc.queryForObject("select version()", String.class),
                productionMode(base),
                System.getProperty("bench.anonymous-timeout", "1m")));
        report.append("Pages: ");
        pages.forEach((name, path) -> report.append(name).append(" `").append(path).append("`; "));
        report.append("\n\n");
    }

    private static String productionMode(String base) throws Exception {
        HttpResponse<String> init = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/?v-r=init&location=&query=")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"productionMode\":(true|false)").matcher(init.body());
        return m.find() ? m.group(1) : "unknown";
    }

    private void loggedInSessions(String base, Map<String, String> pages) throws Exception {
        long before = liveHeap();
        int sessionsBefore = activeSessions();
        long t = System.nanoTime();
        List<Visitor> visitors = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            visitors.add(signedInTab(base, MEMBERS.get(i % MEMBERS.size()), pages.get("Bài học")));
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        long after = liveHeap();
        int sessionsAfter = activeSessions();
        report.append("#### Logged-in sessions\n\n");
        report.append(String.format("%d members signed in (the login form, each its own session) and opened a "
                + "lesson in one tab (the UI and its view kept in the session), in %.0f s. Live heap after full "
                + "GCs: %.1f MB before, %.1f MB with them (sessions open: %d → %d): **%.0f KB per logged-in "
                + "session** (target ≤ 250 KB).%n%n", SESSIONS, seconds, before / 1e6, after / 1e6, sessionsBefore,
                sessionsAfter, (after - before) / 1024.0 / SESSIONS));
        assertThat(visitors).hasSize(SESSIONS);
        save();
    }

    private Visitor signedInTab(String base, String username, String lesson) throws Exception {
        Visitor visitor = new Visitor(base);
        assertThat(visitor.signIn(username, PASSWORD)).as("%s signs in", username).isTrue();
        visitor.load(lesson);
        return visitor;
    }

    private void anonymousRounds(String base, Map<String, String> pages, int loggedIn) throws Exception {
        report.append("#### Anonymous page loads\n\n");
        report.append(String.format("A page load is what the browser asks for: the HTML, `?v-r=init` (a UI in a "
                + "new session) and the navigation that builds the view; each by a new visitor (no cookie), %d at "
                + "a time, the pages in turn. Live heap after full GCs; the logged-in sessions above (%d) stay "
                + "open throughout.%n%n", USERS, loggedIn));
        report.append("| | live heap MB | sessions open |\n|---|---:|---:|\n");
        heapRow("before", liveHeap());
        Map<String, Timings> firstRound = null;
        for (int round = 1; round <= 2; round++) {
            Map<String, Timings> timings = new LinkedHashMap<>();
            long t = System.nanoTime();
            anonymousLoads(base, pages, ANONYMOUS, timings);
            double seconds = (System.nanoTime() - t) / 1e9;
            heapRow(String.format("after %,d page loads (round %d, %.0f s: %.0f pages/s)", ANONYMOUS, round,
                    seconds, ANONYMOUS / seconds), liveHeap());
            awaitSessions(loggedIn, "round " + round);
            heapRow("their sessions expired", liveHeap());
            firstRound = firstRound == null ? timings : firstRound;
        }
        pageTable(firstRound);
        save();
    }

    private void heapRow(String moment, long heap) {
        report.append(String.format("| %s | %.1f | %,d |%n", moment, heap / 1e6, activeSessions()));
    }

    private void pageTable(Map<String, Timings> timings) {
        report.append("\nComplete page loads of round 1, per page:\n\n"
                + "| page | loads | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        timings.forEach((page, t) -> report.append(String.format("| %s | %,d | %.1f | %.1f | %.1f |%n", page,
                t.count(), t.percentileMs(50), t.percentileMs(95), t.maxMs())));
        report.append("\n");
    }

    private void anonymousLoads(String base, Map<String, String> pages, int count, Map<String, Timings> timings)
            throws Exception {
        List<Map.Entry<String, String>> list = new ArrayList<>(pages.entrySet());
        list.forEach(page -> timings.putIfAbsent(page.getKey(), new Timings()));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Map.Entry<String, String> page = list.get(i % list.size());
                    long t = System.nanoTime();
                    try {
                        new Visitor(base).load(page.getValue());
                        timings.get(page.getKey()).add(System.nanoTime() - t);
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        assertThat(failures.get()).as("failed page loads").isZero();
    }

    /** Waits until only {@code remaining} sessions are open (Tomcat expires idle ones about once a minute). */
    private void awaitSessions(int remaining, String phase) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (activeSessions() > remaining && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
        }
        assertThat(activeSessions()).as("sessions left after %s", phase).isLessThanOrEqualTo(remaining);
    }

    private int activeSessions() {
        Gauge gauge = meters.find("tomcat.sessions.active.current").gauge();
        return gauge == null ? -1 : (int) gauge.value();
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void wrk(String base, Map<String, String> pages) throws Exception {
        Map<String, String> targets = new LinkedHashMap<>();
        pages.forEach((name, path) -> targets.put(name + " (HTML only)", path));
        targets.put("API tìm kiếm, không dấu", "/api/search?q=dang+vien");
        targets.put("API tìm kiếm, có dấu", "/api/search?q=%C4%91%E1%BA%A3ng+vi%C3%AAn");
        targets.put("Atom tin tức", "/feed/news.atom");
        report.append("#### wrk\n\n");
        Path script = Path.of("target", "bench", "wrk-report.lua");
        Files.createDirectories(script.getParent());
        Files.writeString(script, """
                done = function(summary, latency, requests)
                  io.write(string.format("RESULT %d %d %.2f %.2f %.2f %d %d\\n", summary.requests, summary.duration,
                    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
                    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
                    + summary.errors.timeout))
                end
                """);
        if (!wrkInstalled()) {
            report.append("wrk is not installed (`apt-get install wrk`): skipped.\n\n");
            return;
        }
        report.append(String.format("`wrk -t2 -c%d -d%ds` per address, one after another (no cookies: every "
                + "request to a page's HTML is a new visitor, whose session then lives for the anonymous lifetime; "
                + "the HTML is Vaadin's page shell with the Open Graph tags, the view itself comes with the "
                + "requests measured above).%n%n", WRK_CONNECTIONS, WRK_SECONDS));
        report.append("| address | requests/s | p50 ms | p95 ms | p99 ms | non-2xx | socket errors |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, String> target : targets.entrySet()) {
            Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + WRK_CONNECTIONS, "-d" + WRK_SECONDS + "s",
                    "-s", script.toString(), base + target.getValue()).redirectErrorStream(true).start();
            String out = new String(wrk.getInputStream().readAllBytes());
            wrk.waitFor();
            Matcher m = Pattern.compile("RESULT (\\d+) (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+) (\\d+)").matcher(out);
            if (!m.find()) {
                report.append("| ").append(target.getKey()).append(" | wrk failed: ")
                        .append(out.replace('\n', ' ')).append(" |||||||\n");
                continue;
            }
            double rps = Long.parseLong(m.group(1)) / (Long.parseLong(m.group(2)) / 1e6);
            report.append(String.format("| %s `%s` | %,.0f | %s | %s | %s | %s | %s |%n", target.getKey(),
                    target.getValue(), rps, m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)));
            save();
        }
        report.append(String.format("%nAfter wrk: live heap %.1f MB, sessions open %,d.%n", liveHeap() / 1e6,
                activeSessions()));
    }

    private static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").start().waitFor() >= 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** After each phase too, so that a run stopped by the fork timeout still leaves what it measured. */
    private void save() throws IOException {
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("load.md"), report.toString());
    }
}
