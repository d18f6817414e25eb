package vn.renluyen.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.Users;
import vn.renluyen.completion.Learners.Learner;
import vn.renluyen.curriculum.Course;
import vn.renluyen.curriculum.CourseCatalog.CourseOutline;
import vn.renluyen.curriculum.CourseCatalog.LessonEntry;
import vn.renluyen.quiz.LessonQuizzes;

/**
 * Completions as a learner earns them: read to the end and pass the quiz (either order) completes a
 * lesson at once, in the same transaction; all lessons complete the course and issue one confirmation.
 */
@PortalIntegrationTest
class CompletionIT {

    static final String SHORT_COURSE = "nghi-quyet-quy-dinh-cho-dang-vien";
    static final String PAPER_COURSE = "boi-duong-nhan-thuc-ve-dang";

    @Autowired
    ApplicationContext context;
    @Autowired
    LessonCompletionRepository lessonCompletions;
    @Autowired
    CourseCompletionRepository courseCompletions;
    @Autowired
    CompletionConfirmationRepository confirmations;
    @Autowired
    ReflectionPaperRepository papers;
    @Autowired
    CompletionRecorder recorder;
    @Autowired
    Confirmations service;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    TransactionTemplate transaction;
    Learners learners;

    @BeforeEach
    void setUp() {
        learners = new Learners(context);
    }

    @Test
    void readingAndPassingBothLessonsCompletesTheCourseAndIssuesOneConfirmation() {
        Learner learner = learners.create("Nguyễn Thị Thuỳ", "Dương", Learners.TEACHERS);
        CourseOutline outline = learners.course(SHORT_COURSE);
        assertThat(outline.course().isReflectionPaper()).isFalse();
        LessonEntry first = outline.lessons().get(0);
        LessonEntry second = outline.lessons().get(1);

        learners.read(learner, SHORT_COURSE, first.slug());
        assertThat(lessonCompletions.findByAccountIdAndModuleId(learner.accountId(), first.moduleId()))
                .as("read but not passed").isEmpty();
        LessonQuizzes.Outcome passed = learners.pass(learner, first.moduleId());
        assertThat(passed.attempt().passed()).isTrue();
        LessonCompletion lesson = lessonCompletions.findByAccountIdAndModuleId(learner.accountId(), first.moduleId())
                .orElseThrow();
        assertThat(lesson.getAttemptId()).isEqualTo(passed.attempt().attemptId());
        assertThat(lesson.getMemberId()).isEqualTo(learner.memberId());
        assertThat(lesson.getContentVersion()).isEqualTo("bản " + learners.revision(SHORT_COURSE, first.slug()));
        assertThat(courseCompletions.findByAccountIdAndCourseId(learner.accountId(), outline.course().getId()))
                .as("one lesson of two").isEmpty();

        learners.read(learner, SHORT_COURSE, second.slug());
        LessonQuizzes.Outcome last = learners.pass(learner, second.moduleId());

        CourseCompletion course = courseCompletions.findByAccountIdAndCourseId(learner.accountId(),
                outline.course().getId()).orElseThrow();
        String version = outline.course().getContentHash().substring(0, 8) + "/"
                + learners.revision(SHORT_COURSE, first.slug()) + "." + learners.revision(SHORT_COURSE, second.slug());
        assertThat(course.getContentVersion()).isEqualTo(version);
        CompletionConfirmation confirmation = onlyConfirmationOf(learner);
        assertThat(confirmation.getHolderName()).isEqualTo("Nguyễn Thị Thuỳ Dương");
        assertThat(confirmation.getCourseTitle()).isEqualTo(outline.course().getTitle());
        assertThat(confirmation.getContentVersion()).isEqualTo(version);
        assertThat(confirmation.getCompletedOn()).isEqualTo(LocalDate.ofInstant(clock.instant(),
                ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(confirmation.getIssuedBy()).isEqualTo("Cổng RènLuyện · Chi bộ Giáo viên");
        assertThat(confirmation.getCode()).matches("RL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(confirmation.getCourseCompletionId()).isEqualTo(course.getId());

        // A second submission of the same attempt, a re-read and a re-check change nothing.
        learners.resubmit(learner, last.attempt().attemptId());
        learners.read(learner, SHORT_COURSE, second.slug());
        recorder.checkCourse(learner.accountId(), learner.memberId(), outline.course().getId());
        assertThat(onlyConfirmationOf(learner).getCode()).isEqualTo(confirmation.getCode());
        assertThat(Users.as(users, learner.username(), () -> service.mine())).extracting(CompletionConfirmation::getCode)
                .containsExactly(confirmation.getCode());
    }

    @Test
    void aFailingAttemptCompletesNothing() {
        Learner learner = learners.create("Trần Văn", "Lộc", Learners.TEACHERS);
        LessonEntry first = learners.course(SHORT_COURSE).lessons().get(0);
        learners.read(learner, SHORT_COURSE, first.slug());
        LessonQuizzes.Outcome failed = learners.fail(learner, first.moduleId());
        assertThat(failed.attempt().passed()).isFalse();
        assertThat(lessonCompletions.findByAccountIdAndModuleId(learner.accountId(), first.moduleId())).isEmpty();
    }

    @Test
    void passingFirstAndReadingAfterwardsAlsoCompletes() {
        Learner learner = learners.create("Phạm Ngọc", "Ánh", Learners.TEACHERS);
        LessonEntry first = learners.course(SHORT_COURSE).lessons().get(0);
        learners.pass(learner, first.moduleId());
        assertThat(lessonCompletions.findByAccountIdAndModuleId(learner.accountId(), first.moduleId()))
                .as("passed but not read to the end").isEmpty();
        learners.read(learner, SHORT_COURSE, first.slug());
        LessonCompletion lesson = lessonCompletions.findByAccountIdAndModuleId(learner.accountId(), first.moduleId())
                .orElseThrow();
        assertThat(lesson.getContentVersion()).isEqualTo("bản " + learners.revision(SHORT_COURSE, first.slug()));
    }

    @Test
    void aCourseWithAReflectionPaperWaitsUntilThePaperIsAccepted() {
        Learner learner = learners.create("Hoàng Thị", "Huệ", Learners.TEACHERS);
        Course course = learners.course(PAPER_COURSE).course();
        assertThat(course.isReflectionPaper()).isTrue();
        learners.completeLessons(learner, PAPER_COURSE);
        assertThat(lessonCompletions.findByAccountIdAndModuleIdIn(learner.accountId(),
                learners.course(PAPER_COURSE).lessons().stream().map(LessonEntry::moduleId).toList())).hasSize(5);
        assertThat(courseCompletions.findByAccountIdAndCourseId(learner.accountId(), course.getId())).isEmpty();

        ReflectionPaper paper = papers.save(new ReflectionPaper(learner.accountId(), learner.memberId(), course.getId(),
                "Bài thu hoạch về nhận thức đối với Đảng.", null, clock.instant()));
        recorder.checkCourse(learner.accountId(), learner.memberId(), course.getId());
        assertThat(courseCompletions.findByAccountIdAndCourseId(learner.accountId(), course.getId()))
                .as("submitted, not accepted").isEmpty();

        transaction.executeWithoutResult(status -> {
            ReflectionPaper accepted = papers.findById(paper.getId()).orElseThrow();
            accepted.accept("bithu", clock.instant());
            recorder.checkCourse(learner.accountId(), learner.memberId(), course.getId());
        });
        assertThat(courseCompletions.findByAccountIdAndCourseId(learner.accountId(), course.getId())).isPresent();
        assertThat(onlyConfirmationOf(learner).getCourseTitle()).isEqualTo(course.getTitle());
    }

    @Test
    void thePdfNamesTheHolderAndOnlyTheHolderTheirSecretaryAndAdminGetIt() throws Exception {
        Learner learner = learners.create("Vương Thị Quỳnh", "Hương", Learners.TEACHERS);
        Learner other = learners.create("Tạ Minh", "Khôi", Learners.TEACHERS);
        String code = learners.confirmed(learner);

        byte[] pdf = Users.as(users, learner.username(), () -> service.pdf(code));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertThat(text).contains("Vương Thị Quỳnh Hương").contains(code);
        }
        assertThat(Users.as(users, "bithu", () -> service.pdf(code))).isNotEmpty();
        assertThat(Users.as(users, "admin", () -> service.pdf(code))).isNotEmpty();
        assertThatThrownBy(() -> Users.as(users, other.username(), () -> service.pdf(code)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.as(users, learners.secretaryOf(Learners.VILLAGE), () -> service.pdf(code)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private CompletionConfirmation onlyConfirmationOf(Learner learner) {
        assertThat(confirmations.findByAccountIdOrderByIssuedAtDesc(learner.accountId())).hasSize(1);
        return confirmations.findByAccountIdOrderByIssuedAtDesc(learner.accountId()).getFirst();
    }
}
