package vn.renluyen.shell;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.renluyen.Users;
import vn.renluyen.completion.Learners;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.news.ArticleService;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.quiz.LessonQuizzes;
import vn.renluyen.quiz.Paper;
import vn.renluyen.quiz.QuizDefinition;
import vn.renluyen.quiz.QuizImport;

/**
 * {@link CrashDrillIT}'s workload, only in the portal the drill starts as a child JVM (property
 * portal.crash-drill.ack-file): once ready, submits lesson quizzes and publishes articles through the real
 * services, and after each call returns appends "quiz KEY" / "article SLUG TOKEN" to the ack file, fsynced.
 */
@Component
@ConditionalOnProperty("portal.crash-drill.ack-file")
class CrashWorkload {

    static final String COURSE = "nghi-quyet-quy-dinh-cho-dang-vien";
    static final String TITLE = "Diễn tập tắt máy đột ngột mã ";
    private static final Logger log = LoggerFactory.getLogger(CrashWorkload.class);

    private final ApplicationContext context;
    private final Path ackFile;

    CrashWorkload(ApplicationContext context, @Value("${portal.crash-drill.ack-file}") String ackFile) {
        this.context = context;
        this.ackFile = Path.of(ackFile);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(this::loop, "crash-drill-workload");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        LessonQuizzes quizzes = context.getBean(LessonQuizzes.class);
        QuizImport quizImport = context.getBean(QuizImport.class);
        ArticleService articles = context.getBean(ArticleService.class);
        EditorialService editorial = context.getBean(EditorialService.class);
        Learners learners = new Learners(context);
        CourseCatalog.LessonEntry lesson = learners.course(COURSE).lessons().get(0);
        long moduleId = lesson.moduleId();
        QuizDefinition bank = quizImport.bankOf(moduleId).orElseThrow();
        Map<String, Set<String>> correct = bank.questions().stream().collect(Collectors.toMap(
                QuizDefinition.Question::id, q -> q.options().stream().filter(QuizDefinition.Option::correct)
                        .map(QuizDefinition.Option::id).collect(Collectors.toSet())));
        try (FileChannel acks = FileChannel.open(ackFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            for (int i = 0; ; i++) {
                Learners.Learner learner = learners.create("Diễn Tập", "Số " + i, Learners.TEACHERS);
                String key = "drill-" + UUID.randomUUID();
                LessonQuizzes.Outcome outcome = Users.as(users, learner.username(), () -> {
                    LessonQuizzes.AttemptSheet sheet = quizzes.start(moduleId, key);
                    return quizzes.submit(sheet.attemptId(), sheet.questions().stream()
                            .collect(Collectors.toMap(Paper.ShownQuestion::id, q -> correct.get(q.id()))));
                });
                if (!outcome.attempt().passed()) {
                    throw new IllegalStateException("a correct submission did not pass: " + key);
                }
                ack(acks, "quiz " + key);
                if (i % 3 == 0) {
                    String token = token();
                    String title = TITLE + token;
                    EditorialItem item = Users.as(users, "bientap", () -> articles.createDraft(title));
                    Users.run(users, "bientap", () -> {
                        editorial.save(item.getId(), new Draft(title, "Bài viết của lần diễn tập tắt máy.",
                                "Nội dung bài viết diễn tập " + token + "."), null);
                        editorial.submit(item.getId());
                    });
                    Users.run(users, "xuatban", () -> editorial.publish(item.getId()));
                    String slug = Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow().getSlug());
                    ack(acks, "article " + slug + " " + token);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.error("Crash drill workload stopped", e);
        }
    }

    /** Six random lowercase letters: one word that only this article's title has. */
    private static String token() {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            token.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return token.toString();
    }

    private static void ack(FileChannel acks, String line) throws IOException {
        acks.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        acks.force(true);
    }
}
