package vn.renluyen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import vn.renluyen.TestDatabase;

/**
 * kill -9 drill (issue #8): a portal in a child JVM runs {@link CrashWorkload} (quiz submissions and article
 * publications through the services, each acknowledged to a fsynced file after the call returned) and is killed
 * with SIGKILL mid-stream; a second portal on the same database and data folder must have every acknowledged
 * write exactly once, and its search index must catch up (outbox empty, document count equal to the indexed rows).
 */
@Tag("own-context")
class CrashDrillIT {

    private static final int QUIZZES = 20;
    private static final int ARTICLES = 5;
    private static final Pattern DOCUMENTS = Pattern.compile("\"documents\"\\s*:\\s*(\\d+)");
    private static final Pattern BACKLOG = Pattern.compile("\"outboxBacklog\"\\s*:\\s*(\\d+)");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedWriteSurvivesASigkillAndTheIndexCatchesUp() throws Exception {
        String database = "rl_drill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestDatabase.Server server = TestDatabase.createDatabase(database);
        Path data = Files.createTempDirectory("rl-drill");
        Path logs = Files.createDirectories(Path.of("target", "crash-drill"));
        Path ackFile = logs.resolve("acks-" + database + ".txt");
        Process portal = null;
        try {
            int port = freePort();
            portal = start(server, database, data, port, logs.resolve("first-" + database + ".log"), ackFile);
            awaitReady(portal, port);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (quizzes(ackFile).size() < QUIZZES || articles(ackFile).size() < ARTICLES) {
                assertThat(portal.isAlive()).as("the first portal is running").isTrue();
                assertThat(Instant.now()).as("%s quizzes and %s articles acknowledged within 5 min", QUIZZES,
                        ARTICLES).isBefore(deadline);
                Thread.sleep(100);
            }
            portal.destroyForcibly();
            assertThat(portal.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(portal.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            List<String> quizKeys = quizzes(ackFile);
            List<String[]> published = articles(ackFile);

            port = freePort();
            portal = start(server, database, data, port, logs.resolve("second-" + database + ".log"), null);
            awaitReady(portal, port);

            try (Connection db = DriverManager.getConnection(server.baseUrl() + database, server.username(),
                    server.password())) {
                for (String key : quizKeys) {
                    assertThat(count(db, "select count(*) from quiz_attempt where start_key = ?", key))
                            .as("attempts for %s", key).isEqualTo(1);
                    assertThat(count(db, "select count(*) from quiz_attempt where start_key = ? and submitted_at is"
                            + " not null", key)).as("graded attempt for %s", key).isEqualTo(1);
                }
                assertThat(count(db, "select count(*) from (select start_key from quiz_attempt group by start_key"
                        + " having count(*) > 1) d", null)).as("duplicate start keys").isZero();
                for (String[] article : published) {
                    HttpResponse<String> page = get(port, "/tin-tuc/" + article[0], false);
                    assertThat(page.statusCode()).as("/tin-tuc/%s", article[0]).isEqualTo(200);
                    assertThat(page.body()).contains(CrashWorkload.TITLE + article[1]);
                }

                // The index catches up: outbox empty and one document per indexed row.
                Instant indexDeadline = Instant.now().plus(Duration.ofSeconds(120));
                long documents = -1;
                long backlog = -1;
                long rows = -1;
                while (Instant.now().isBefore(indexDeadline)) {
                    String health = get(port, "/actuator/health", true).body();
                    documents = number(DOCUMENTS, health);
                    backlog = number(BACKLOG, health);
                    rows = indexedRows(db);
                    if (backlog == 0 && documents == rows) {
                        break;
                    }
                    Thread.sleep(250);
                }
                assertThat(backlog).as("outbox backlog").isZero();
                assertThat(documents).as("documents in the index vs rows of indexed tables").isEqualTo(rows);
                for (String[] article : published) {
                    String found = get(port, "/api/search?type=article&q=" + article[1], false).body();
                    assertThat(found).as("search for %s", article[1]).contains("\"slug\":\"" + article[0] + "\"");
                }
                System.out.printf("Crash drill: %d quizzes and %d articles acknowledged before SIGKILL; all found"
                        + " after restart; index %d documents = %d rows, outbox 0%n", quizKeys.size(),
                        published.size(), documents, rows);
            }
        } finally {
            if (portal != null) {
                portal.destroyForcibly();
                portal.waitFor(30, TimeUnit.SECONDS);
            }
            TestDatabase.dropDatabase(database);
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static Process start(TestDatabase.Server server, String database, Path data, int port, Path log,
            Path ackFile) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx768m",
                "-cp", System.getProperty("java.class.path"), "vn.renluyen.Application",
                "--spring.datasource.url=" + server.baseUrl() + database,
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password(),
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--server.port=" + port,
                "--portal.data.dir=" + data,
                "--portal.demo-data=true",
                "--portal.publishing.scheduler.enabled=false"));
        if (ackFile != null) {
            command.add("--portal.crash-drill.ack-file=" + ackFile.toAbsolutePath());
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void awaitReady(Process portal, int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            assertThat(portal.isAlive()).as("the portal is running (see target/crash-drill)").isTrue();
            try {
                HttpResponse<String> ready = get(port, "/actuator/health/readiness", false);
                if (ready.statusCode() == 200 && ready.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the portal was not ready within 4 min");
    }

    private HttpResponse<String> get(int port, String path, boolean admin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (admin) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    "admin:RenLuyen@2026".getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> lines(Path ackFile, String kind) throws IOException {
        if (!Files.exists(ackFile)) {
            return List.of();
        }
        // only complete lines: the last one may be cut by the kill
        String text = Files.readString(ackFile);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : text.substring(0, end).lines().filter(line -> line.startsWith(kind + " "))
                .map(line -> line.substring(kind.length() + 1)).toList();
    }

    private static List<String> quizzes(Path ackFile) throws IOException {
        return lines(ackFile, "quiz");
    }

    private static List<String[]> articles(Path ackFile) throws IOException {
        return lines(ackFile, "article").stream().map(line -> line.split(" ")).toList();
    }

    private static long number(Pattern pattern, String health) {
        Matcher matcher = pattern.matcher(health);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** Rows of the tables Hibernate Search indexes (SearchIndexAdmin.INDEXED): every row is a document. */
    private static long indexedRows(Connection db) throws SQLException {
        return count(db, "select (select count(*) from module) + (select count(*) from exemplary_profile)"
                + " + (select count(*) from article) + (select count(*) from member)"
                + " + (select count(*) from working_copy)", null);
    }

    private static long count(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
