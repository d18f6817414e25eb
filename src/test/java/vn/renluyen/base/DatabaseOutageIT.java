package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import vn.renluyen.Users;
import vn.renluyen.completion.Learners;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.LearningProgress;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.news.ArticleService;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.quiz.LessonQuizzes;
import vn.renluyen.quiz.Paper;
import vn.renluyen.quiz.QuizDefinition;
import vn.renluyen.quiz.QuizImport;

/**
 * The database goes away while the portal runs, then comes back: reads, and writes of attempts, completions and
 * edits. Uses a private embedded MariaDB that this test stops and starts, never the shared server.
 */
@SpringBootTest(properties = {"portal.demo-data=true", "spring.datasource.hikari.maximum-pool-size=3",
        "spring.datasource.hikari.connection-timeout=2000"})
@ContextConfiguration(initializers = DatabaseOutageIT.PrivateDatabase.class)
@Tag("own-context")
class DatabaseOutageIT {

    static EmbeddedMariaDb server;

    @Autowired
    OrganizationService organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    LessonQuizzes quizzes;
    @Autowired
    QuizImport quizImport;
    @Autowired
    ArticleService articles;
    @Autowired
    EditorialService editorial;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LearningProgress progress;

    static final String SHORT_COURSE = "nghi-quyet-quy-dinh-cho-dang-vien";

    @AfterEach
    void clearUser() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void requestsFailAsDatabaseUnavailableWhileItIsDownAndSucceedAfter() {
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        List<Organization> before = organizations.manageable();
        assertThat(before).isNotEmpty();

        server.stop();
        Throwable failure = catchThrowable(organizations::manageable);
        assertThat(failure).isNotNull();
        assertThat(Failures.isDatabaseUnavailable(failure)).as("classified as an outage: %s", failure).isTrue();

        server.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<Organization> after = null;
        while (after == null && Instant.now().isBefore(deadline)) {
            try {
                after = organizations.manageable();
            } catch (RuntimeException stillDown) {
                assertThat(Failures.isDatabaseUnavailable(stillDown)).isTrue();
            }
        }
        assertThat(after).as("the portal recovers by itself").hasSameSizeAs(before);
    }

    /**
     * Writes while the database is away: a quiz answer, a submission, the reading that completes a lesson (and with
     * it the course and its confirmation) and an editorial save each fail as an outage and leave nothing half done;
     * everything acknowledged before is there afterwards, and the same writes succeed once the database is back.
     */
    @Test
    void writesFailAsDatabaseUnavailableWithoutPartialStateAndNothingAcknowledgedIsLost() {
        Learners learners = new Learners(context);
        CourseCatalog.CourseOutline outline = learners.course(SHORT_COURSE);
        CourseCatalog.LessonEntry first = outline.lessons().get(0);
        CourseCatalog.LessonEntry second = outline.lessons().get(1);

        // Acknowledged before the outage. A: lesson 1 completed, lesson 2's quiz passed but the lesson not read yet.
        Learners.Learner reader = learners.create("Phạm Thị", "Ngọc", Learners.TEACHERS);
        learners.read(reader, SHORT_COURSE, first.slug());
        learners.pass(reader, first.moduleId());
        long passedSecond = learners.pass(reader, second.moduleId()).attempt().attemptId();
        // B: an open attempt with one answer saved.
        Learners.Learner student = learners.create("Vũ Đức", "Hải", Learners.TEACHERS);
        String startKey = UUID.randomUUID().toString();
        LessonQuizzes.AttemptSheet sheet = Users.as(users, student.username(),
                () -> quizzes.start(first.moduleId(), startKey));
        Map<String, Set<String>> correct = correctAnswers(first.moduleId(), sheet);
        String answered = sheet.questions().get(0).id();
        String unanswered = sheet.questions().get(1).id();
        Users.run(users, student.username(), () -> quizzes.answer(sheet.attemptId(), answered, correct.get(answered)));
        // An editor's draft with one saved revision.
        EditorialItem item = Users.as(users, "bientap", () -> articles.createDraft("Tin viết trong lúc mất kết nối"));
        Users.run(users, "bientap", () -> editorial.save(item.getId(), new Draft("Tin viết trong lúc mất kết nối",
                "Bản đã lưu.", "Nội dung đã lưu trước sự cố."), null));
        int secondRevision = learners.revision(SHORT_COURSE, second.slug());
        Map<String, Long> before = counts(reader, student, item.getId());
        assertThat(before).containsEntry("reader.lessons", 1L).containsEntry("reader.courses", 0L)
                .containsEntry("student.open", 1L);

        server.stop();
        List<Runnable> writes = List.of(
                () -> Users.run(users, student.username(), () -> quizzes.answer(sheet.attemptId(), unanswered,
                        correct.get(unanswered))),
                () -> Users.run(users, student.username(), () -> quizzes.submit(sheet.attemptId(), correct)),
                () -> Users.run(users, reader.username(), () -> progress.read(second.moduleId(), secondRevision)),
                () -> Users.run(users, "bientap", () -> editorial.save(item.getId(), new Draft(
                        "Tin viết trong lúc mất kết nối", "Bản không lưu được.", "Nội dung sửa khi mất kết nối."), null)));
        for (Runnable write : writes) {
            Throwable failure = catchThrowable(write::run);
            assertThat(failure).isNotNull();
            assertThat(Failures.isDatabaseUnavailable(failure)).as("classified as an outage: %s", failure).isTrue();
        }

        server.start();
        awaitDatabase();
        assertThat(counts(reader, student, item.getId())).as("nothing acknowledged lost, nothing half written")
                .isEqualTo(before);
        LessonQuizzes.AttemptSheet resumed = Users.as(users, student.username(),
                () -> quizzes.start(first.moduleId(), startKey));
        assertThat(resumed.attemptId()).isEqualTo(sheet.attemptId());
        assertThat(resumed.saved()).containsOnlyKeys(answered);
        assertThat(jdbc.queryForObject("select count(*) from quiz_attempt where id = ? and submitted_at is null",
                Long.class, passedSecond)).as("the graded attempt stays graded").isZero();

        // The same writes succeed after the recovery.
        Users.run(users, student.username(), () -> quizzes.answer(sheet.attemptId(), unanswered, correct.get(unanswered)));
        assertThat(Users.as(users, student.username(), () -> quizzes.submit(sheet.attemptId(), correct))
                .attempt().passed()).isTrue();
        learners.read(reader, SHORT_COURSE, second.slug());
        Users.run(users, "bientap", () -> editorial.save(item.getId(), new Draft("Tin viết trong lúc mất kết nối",
                "Bản lưu sau sự cố.", "Nội dung sửa sau sự cố."), null));
        Map<String, Long> after = counts(reader, student, item.getId());
        assertThat(after).containsEntry("reader.lessons", 2L).containsEntry("reader.courses", 1L)
                .containsEntry("reader.confirmations", 1L).containsEntry("student.open", 0L)
                .containsEntry("student.attempts", 1L).containsEntry("revisions", before.get("revisions") + 1);
    }

    private Map<String, Set<String>> correctAnswers(long moduleId, LessonQuizzes.AttemptSheet sheet) {
        QuizDefinition bank = quizImport.bankOf(moduleId).orElseThrow();
        Map<String, Set<String>> correct = bank.questions().stream().collect(Collectors.toMap(
                QuizDefinition.Question::id, q -> q.options().stream().filter(QuizDefinition.Option::correct)
                        .map(QuizDefinition.Option::id).collect(Collectors.toSet())));
        return sheet.questions().stream().collect(Collectors.toMap(Paper.ShownQuestion::id, q -> correct.get(q.id())));
    }

    private Map<String, Long> counts(Learners.Learner reader, Learners.Learner student, long itemId) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        counts.put("reader.attempts", count("select count(*) from quiz_attempt where account_id = ?", reader.accountId()));
        counts.put("reader.lessons", count("select count(*) from lesson_completion where account_id = ?",
                reader.accountId()));
        counts.put("reader.courses", count("select count(*) from course_completion where account_id = ?",
                reader.accountId()));
        counts.put("reader.confirmations", count("select count(*) from completion_confirmation where account_id = ?",
                reader.accountId()));
        counts.put("student.attempts", count("select count(*) from quiz_attempt where account_id = ?",
                student.accountId()));
        counts.put("student.open", count("select count(*) from quiz_attempt where account_id = ? and submitted_at is null",
                student.accountId()));
        counts.put("revisions", count("select count(*) from revision where item_id = ?", itemId));
        return counts;
    }

    private long count(String sql, long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }

    /** Polls with a deadline until the pool hands out working connections again. */
    private void awaitDatabase() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                jdbc.queryForObject("select 1", Integer.class);
                return;
            } catch (RuntimeException stillDown) {
                assertThat(Failures.isDatabaseUnavailable(stillDown)).isTrue();
                assertThat(Instant.now()).as("the database is back within 60 s").isBefore(deadline);
            }
        }
    }

    static class PrivateDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            server = EmbeddedMariaDb.start(Path.of("target", "outage-mariadb"), 0);
            String database = "outage_" + Long.toHexString(System.nanoTime());
            server.createDatabase(database);
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("rl-outage");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("privateDatabase", Map.of(
                    "spring.datasource.url", server.jdbcUrl(database),
                    "spring.datasource.username", "root",
                    "spring.datasource.password", "",
                    "portal.data.dir", dataDir.toString())));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    server.stop();
                }
            });
        }
    }
}
