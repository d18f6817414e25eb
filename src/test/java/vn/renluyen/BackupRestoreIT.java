package vn.renluyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;
import vn.renluyen.completion.ConfirmationCheck;
import vn.renluyen.completion.Confirmations;
import vn.renluyen.completion.Learners;
import vn.renluyen.news.ArticleService;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.members.MemberRecords;
import vn.renluyen.members.SensitiveDetails;
import vn.renluyen.search.SearchIndexAdmin;
import vn.renluyen.security.PendingSignIn;
import vn.renluyen.security.TwoFactorService;
import vn.renluyen.search.SearchQuery;
import vn.renluyen.search.SearchService;

/**
 * README's backup round trip: a portal with demo data gets a member, completions and a confirmation, and a
 * published article with a cover image, all through the services; {@code ops/backup} saves it while the portal
 * runs; {@code ops/restore} loads the archive into a new, empty database and data folder (and refuses a
 * non-empty one); a portal started there has the same rows, verifies the confirmation, delivers the same image
 * bytes and finds the article, with an index it rebuilt from the database (the archive carries none).
 */
@Tag("own-context")
class BackupRestoreIT {

    /** The tables compared row by row, every column. */
    private static final List<String> KEPT = List.of("member", "account", "lesson_completion", "course_completion",
            "completion_confirmation", "quiz_attempt", "editorial_item", "revision", "article", "media");
    private static final String TITLE = "Diễn tập sao lưu dữ liệu ở chi bộ thôn Đông Hoà";

    private static final SensitiveDetails SENSITIVE = new SensitiveDetails("001096077777", "0911222333", "Nùng",
            "Không", null);

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseKeepsEverythingAndTheIndexIsRebuilt() throws Exception {
        Map<String, String> clients = clientEnvironment();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String source = "rl_backup_" + suffix;
        String target = "rl_restored_" + suffix;
        TestDatabase.Server server = TestDatabase.createDatabase(source);
        TestDatabase.createDatabase(target);
        Path sourceData = Files.createTempDirectory("rl-backup-source");
        Path targetData = Files.createTempDirectory("rl-backup-target");
        Path backups = Files.createTempDirectory("rl-backups");
        try {
            Map<String, List<Map<String, Object>>> before;
            long member;
            String code;
            String slug;
            long cover;
            byte[] image;
            Path archive;
            String flyway;
            long indexed;
            try (ConfigurableApplicationContext portal = start(server, source, sourceData, true)) {
                Learners learners = new Learners(portal);
                Learners.Learner learner = learners.create("Hoàng Thị Thu", "Hiền", Learners.VILLAGE);
                code = learners.confirmed(learner);
                slug = publishArticleWithCover(portal);
                JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
                member = jdbc.queryForObject("select member_id from account where username = 'dangvien'", Long.class);
                UserDetailsService users = portal.getBean(UserDetailsService.class);
                Users.run(users, "bithu", () -> portal.getBean(MemberRecords.class).protect(member, SENSITIVE));
                cover = jdbc.queryForObject("select cover_media_id from article where slug = ?", Long.class, slug);
                image = get(portal, "/media/" + cover + "/800").body();
                assertThat(image).hasSizeGreaterThan(100);
                SearchIndex.awaitOutboxEmpty(jdbc);
                assertThat(found(portal, slug)).as("found before the backup").isTrue();
                indexed = portal.getBean(SearchIndexAdmin.class).indexedDocuments();
                assertThat(jdbc.queryForObject("select count(*) from lesson_completion where account_id = ?",
                        Long.class, learner.accountId())).isEqualTo(2);
                before = snapshot(jdbc);
                flyway = jdbc.queryForObject("select version from flyway_schema_history where success = 1 and version"
                        + " is not null order by installed_rank desc limit 1", String.class);

                // While the portal runs, as on a real deployment.
                Result backup = run(clients, server, source, "ops/backup", "--data-dir", sourceData.toString(),
                        "--out", backups.toString());
                assertThat(backup.exitCode()).as(backup.output()).isZero();
                archive = Path.of(backup.lastLine());
                assertThat(backup.output()).doesNotContain("password=");
            }
            assertThat(archive).exists();
            Properties manifest = manifest(archive);
            assertThat(manifest.getProperty("flyway.version")).isEqualTo(flyway);
            assertThat(manifest.getProperty("count.member")).isEqualTo(String.valueOf(before.get("member").size()));
            assertThat(manifest.getProperty("count.completion_confirmation"))
                    .isEqualTo(String.valueOf(before.get("completion_confirmation").size()));
            assertThat(Long.parseLong(manifest.getProperty("uploads.files"))).isPositive();
            assertThat(manifest.getProperty("keys.files")).as("the data key travels with the dump").isEqualTo("1");

            // A database with tables is refused and left as it was.
            Result refused = run(clients, server, source, "ops/restore", archive.toString(), "--data-dir",
                    Files.createTempDirectory(backups, "other").toString());
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.output()).contains("is not empty");

            Result restore = run(clients, server, target, "ops/restore", archive.toString(), "--data-dir",
                    targetData.toString());
            assertThat(restore.exitCode()).as(restore.output()).isZero();
            assertThat(restore.output()).doesNotContain("warning");
            assertThat(targetData.resolve("index")).doesNotExist();

            try (ConfigurableApplicationContext restored = start(server, target, targetData, false)) {
                JdbcTemplate jdbc = restored.getBean(JdbcTemplate.class);
                Map<String, List<Map<String, Object>>> after = snapshot(jdbc);
                for (String table : KEPT) {
                    assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
                }
                assertThat(restored.getBean(Confirmations.class).check(code)).isInstanceOfSatisfying(
                        ConfirmationCheck.Valid.class, valid -> assertThat(valid.confirmation().holderName())
                                .isEqualTo("Hoàng Thị Thu Hiền"));
                HttpResponse<byte[]> verified = get(restored, "/api/certificates/" + code);
                assertThat(verified.statusCode()).isEqualTo(200);
                assertThat(new String(verified.body(), StandardCharsets.UTF_8)).contains("Hoàng Thị Thu Hiền");

                // Encrypted columns and TOTP secrets read with the restored key
                UserDetailsService users = restored.getBean(UserDetailsService.class);
                assertThat(Users.as(users, "bithu", () -> restored.getBean(MemberRecords.class).sensitive(member)))
                        .isEqualTo(SENSITIVE);
                long bithu = jdbc.queryForObject("select id from account where username = 'bithu'", Long.class);
                Map<String, Object> session = new java.util.HashMap<>();
                assertThat(restored.getBean(TwoFactorService.class).verify(
                        new PendingSignIn(bithu, "bithu", true, java.time.Instant.now(), false),
                        TwoFactorCodes.at(TwoFactorCodes.DEMO_SECRET, java.time.Instant.now()), session::put))
                        .isEqualTo(TwoFactorService.Outcome.ACCEPTED);

                HttpResponse<byte[]> delivered = get(restored, "/media/" + cover + "/800");
                assertThat(delivered.statusCode()).isEqualTo(200);
                assertThat(delivered.body()).isEqualTo(image);
                assertThat(new String(get(restored, "/tin-tuc/" + slug).body(), StandardCharsets.UTF_8))
                        .contains(TITLE);

                // The archive has no index: the start-up check rebuilt it from the database (and recorded the
                // mapping version). The source's outbox was empty at the backup, so no event put the article there.
                assertThat(targetData.resolve("index").resolve("mapping-version")).exists();
                assertThat(found(restored, slug)).as("found after the restore").isTrue();
                assertThat(restored.getBean(SearchIndexAdmin.class).indexedDocuments()).isEqualTo(indexed);
            }
        } finally {
            TestDatabase.dropDatabase(source);
            TestDatabase.dropDatabase(target);
            FileSystemUtils.deleteRecursively(sourceData);
            FileSystemUtils.deleteRecursively(targetData);
            FileSystemUtils.deleteRecursively(backups);
        }
    }

    private static String publishArticleWithCover(ConfigurableApplicationContext portal) {
        UserDetailsService users = portal.getBean(UserDetailsService.class);
        ArticleService articles = portal.getBean(ArticleService.class);
        EditorialService editorial = portal.getBean(EditorialService.class);
        EditorialItem item = Users.as(users, "bientap", () -> articles.createDraft(TITLE));
        long articleId = Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow().getId());
        Users.run(users, "bientap", () -> {
            editorial.save(item.getId(), new Draft(TITLE, "Chi bộ diễn tập sao lưu và phục hồi.",
                    "Bài viết **minh hoạ** cho lần diễn tập sao lưu."), null);
            articles.replaceCover(articleId, "anh-bia.png", png(640, 360));
            editorial.submit(item.getId());
        });
        Users.run(users, "xuatban", () -> editorial.publish(item.getId()));
        return Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow().getSlug());
    }

    private static boolean found(ConfigurableApplicationContext portal, String slug) {
        return portal.getBean(SearchService.class).search(SearchQuery.of("dien tap sao luu du lieu"), Set.of("article"),
                null, 0, 10).hits().stream().anyMatch(hit -> hit.slug().equals(slug));
    }

    private static Map<String, List<Map<String, Object>>> snapshot(JdbcTemplate jdbc) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : KEPT) {
            List<Map<String, Object>> rows = jdbc.queryForList("select * from `" + table + "` order by id");
            rows.forEach(row -> row.replaceAll((column, value) -> value instanceof byte[] bytes
                    ? java.util.HexFormat.of().formatHex(bytes) : value));
            tables.put(table, rows);
        }
        assertThat(tables.get("member")).isNotEmpty();
        return tables;
    }

    private static ConfigurableApplicationContext start(TestDatabase.Server server, String database, Path data,
            boolean demoData) {
        return new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + server.baseUrl() + database,
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password(),
                "--spring.datasource.hikari.maximum-pool-size=3",
                "--server.port=0",
                "--portal.data.dir=" + data,
                "--portal.demo-data=" + demoData,
                "--portal.publishing.scheduler.enabled=false");
    }

    private static HttpResponse<byte[]> get(ConfigurableApplicationContext portal, String path)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    record Result(int exitCode, String output) {
        String lastLine() {
            List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
            return lines.getLast();
        }
    }

    private static Result run(Map<String, String> clients, TestDatabase.Server server, String database,
            String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(clients);
        builder.environment().put("SPRING_DATASOURCE_URL", server.baseUrl() + database);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", server.username());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", server.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    /**
     * The scripts take the MariaDB clients from PATH: the machine's, else those of the embedded MariaDB the tests
     * unpacked. Without either the round trip cannot run here, and the test says so instead of passing.
     */
    private static Map<String, String> clientEnvironment() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        if (onPath(path, "mariadb-dump") && onPath(path, "mariadb")) {
            return Map.of("PATH", path);
        }
        List<Path> candidates = new ArrayList<>();
        for (String folder : List.of("target/test-mariadb/base/bin", "target/outage-mariadb/base/bin",
                "data/mariadb/base/bin")) {
            candidates.add(Path.of(folder).toAbsolutePath());
        }
        Optional<Path> embedded = candidates.stream()
                .filter(bin -> Files.isExecutable(bin.resolve("mariadb-dump")) && Files.isExecutable(bin.resolve("mariadb")))
                .findFirst();
        Assumptions.assumeTrue(embedded.isPresent(), "No mariadb-dump on PATH nor in " + candidates
                + ": install the MariaDB client (apt-get install mariadb-client) to run the backup round trip");
        return Map.of("PATH", embedded.get() + File.pathSeparator + path);
    }

    private static boolean onPath(String path, String program) {
        return Stream.of(path.split(File.pathSeparator)).anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    private static Properties manifest(Path archive) throws IOException, InterruptedException {
        Process tar = new ProcessBuilder("tar", "-xzOf", archive.toString(), "manifest.properties").start();
        String text = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tar.waitFor()).isZero();
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }

    private static byte[] png(int width, int height) {
        var picture = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
