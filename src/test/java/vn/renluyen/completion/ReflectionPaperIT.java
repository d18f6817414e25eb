package vn.renluyen.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestPdfs;
import vn.renluyen.Users;
import vn.renluyen.base.AuditEntry;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.MediaProblem;
import vn.renluyen.base.PortalI18nProvider;
import vn.renluyen.base.StoredMedia;
import vn.renluyen.completion.Learners.Learner;
import vn.renluyen.completion.ReflectionPapers.Paper;
import vn.renluyen.completion.ReflectionPapers.PaperToReview;
import vn.renluyen.completion.ReflectionPapers.Upload;
import vn.renluyen.security.AccountService;

/**
 * The reflection paper from submission to acceptance: returned with a comment, submitted again, accepted,
 * and the course completed with its confirmation in that same moment; reviewers outside the learner's
 * branch are refused everything, the PDF included.
 */
@PortalIntegrationTest
class ReflectionPaperIT {

    static final String PAPER_COURSE = CompletionIT.PAPER_COURSE;
    static final String SHORT_COURSE = CompletionIT.SHORT_COURSE;
    static final String TEXT = ("Qua khoá bồi dưỡng, tôi hiểu rõ hơn về sự ra đời của Đảng Cộng sản Việt Nam, "
            + "mục đích, lý tưởng của Đảng và trách nhiệm của người đảng viên.\n\n").repeat(3);
    static final byte[] PDF = TestPdfs.onePage("Bai thu hoach");

    @Autowired
    WebApplicationContext context;
    @Autowired
    ReflectionPapers papers;
    @Autowired
    ReflectionPaperRepository repository;
    @Autowired
    CourseCompletionRepository courseCompletions;
    @Autowired
    CompletionConfirmationRepository confirmations;
    @Autowired
    AuditLog audit;
    @Autowired
    AccountService accounts;
    @Autowired
    PortalI18nProvider i18n;
    @Autowired
    UserDetailsService users;
    Learners learners;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        learners = new Learners(context);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void returnedResubmittedAndAcceptedCompletesTheCourseAtOnce() {
        Learner learner = learners.create("Đinh Thị", "Mận", Learners.TEACHERS);
        long courseId = learners.course(PAPER_COURSE).course().getId();
        learners.completeLessons(learner, PAPER_COURSE);

        Paper submitted = Users.as(users, learner.username(),
                () -> papers.submit(courseId, TEXT, new Upload("Bài thu hoạch.pdf", PDF)));
        assertThat(submitted.status()).isEqualTo(ReflectionPaperStatus.SUBMITTED);
        assertThat(submitted.text()).isEqualTo(TEXT.strip());
        assertThat(submitted.document().originalName()).isEqualTo("Bài thu hoạch.pdf");
        assertThat(courseCompletions.findByAccountIdAndCourseId(learner.accountId(), courseId))
                .as("lessons done, paper not accepted").isEmpty();
        assertThat(Users.as(users, "bithu", () -> papers.toReview(null))).filteredOn(p -> p.paperId() == submitted.id())
                .singleElement().satisfies(p -> {
                    assertThat(p.learnerName()).isEqualTo("Đinh Thị Mận");
                    assertThat(p.organization()).isEqualTo(Learners.TEACHERS);
                    assertThat(p.status()).isEqualTo(ReflectionPaperStatus.SUBMITTED);
                });

        Users.run(users, "bithu", () -> papers.returnWith(submitted.id(), "Cần liên hệ với nhiệm vụ của bản thân."));
        Paper returned = Users.as(users, learner.username(), () -> papers.mine(courseId)).orElseThrow();
        assertThat(returned.status()).isEqualTo(ReflectionPaperStatus.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Cần liên hệ với nhiệm vụ của bản thân.");
        assertThat(courseCompletions.findByAccountIdAndCourseId(learner.accountId(), courseId)).isEmpty();

        String better = TEXT + "Bản thân tôi sẽ gương mẫu trong công tác giảng dạy ở nhà trường.";
        Paper again = Users.as(users, learner.username(), () -> papers.submit(courseId, better, null));
        assertThat(again.status()).isEqualTo(ReflectionPaperStatus.SUBMITTED);
        assertThat(again.document()).as("the earlier PDF stays without a new upload").isNotNull();

        Users.run(users, "bithu", () -> papers.accept(again.id()));
        assertThat(courseCompletions.findByAccountIdAndCourseId(learner.accountId(), courseId)).isPresent();
        assertThat(confirmations.findByAccountIdOrderByIssuedAtDesc(learner.accountId())).singleElement()
                .satisfies(c -> assertThat(c.getCourseTitle()).isEqualTo(learners.course(PAPER_COURSE).course().getTitle()));
        assertThat(Users.as(users, "admin", () -> audit.historyOf(ReflectionPapers.AUDIT_TYPE, again.id())))
                .extracting(AuditEntry::getAction).containsExactly("reflection_paper.submit", "reflection_paper.return",
                        "reflection_paper.submit", "reflection_paper.accept");
        assertThatThrownBy(() -> Users.as(users, learner.username(), () -> papers.submit(courseId, better, null)))
                .isInstanceOf(ReflectionPaperProblem.class).hasMessage("reflection.error.alreadyAccepted");
    }

    @Test
    void aSecretaryOfAnotherBranchCanNeitherReviewNorReadThePdf() throws Exception {
        Learner learner = learners.create("Lường Văn", "Tâm", Learners.TEACHERS);
        Paper paper = submit(learner, TEXT, new Upload("thu-hoach.pdf", PDF));
        String village = learners.secretaryOf(Learners.VILLAGE);

        assertThatThrownBy(() -> Users.as(users, village, () -> papers.accept(paper.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.as(users, village, () -> papers.returnWith(paper.id(), "Viết lại.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.as(users, village, () -> papers.review(paper.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Users.as(users, village, () -> papers.toReview(null))).extracting(PaperToReview::paperId)
                .doesNotContain(paper.id());
        assertThat(repository.findById(paper.id()).orElseThrow().getStatus()).isEqualTo(ReflectionPaperStatus.SUBMITTED);

        String url = paper.document().url(StoredMedia.ORIGINAL);
        mvc.perform(get(url).with(as(village))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(as(learners.create("Vi Thị", "Nga", Learners.TEACHERS).username())))
                .andExpect(status().isNotFound());
        mvc.perform(get(url)).andExpect(status().isNotFound());
        mvc.perform(get(url).with(as(learner.username()))).andExpect(status().isOk()).andExpect(content().bytes(PDF));
        mvc.perform(get(url).with(as("bithu"))).andExpect(status().isOk());
        mvc.perform(get(url).with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void aReturnNeedsAComment() {
        Paper paper = submit(learners.create("Hà Thị", "Lan", Learners.TEACHERS), TEXT, null);
        assertThatThrownBy(() -> Users.as(users, "bithu", () -> papers.returnWith(paper.id(), "   ")))
                .isInstanceOf(ReflectionPaperProblem.class).hasMessage("reflection.error.commentRequired");
        assertThat(vietnamese("reflection.error.commentRequired")).isEqualTo("Cần ghi nhận xét để người học biết phải sửa gì.");
        assertThat(repository.findById(paper.id()).orElseThrow().getStatus()).isEqualTo(ReflectionPaperStatus.SUBMITTED);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedAndNothingIsKept() {
        Learner learner = learners.create("Mai Văn", "Hùng", Learners.TEACHERS);
        long courseId = learners.course(PAPER_COURSE).course().getId();
        Upload fake = new Upload("bai.pdf", "Đây không phải PDF".getBytes(StandardCharsets.UTF_8));
        MediaProblem refused = (MediaProblem) org.assertj.core.api.Assertions.catchThrowable(() ->
                Users.as(users, learner.username(), () -> papers.submit(courseId, TEXT, fake)));
        assertThat(refused).isNotNull();
        assertThat(vietnamese(refused.messageKey())).isEqualTo("Tệp không phải tài liệu PDF. Hãy chọn tệp PDF.");
        assertThat(repository.findByAccountIdAndCourseId(learner.accountId(), courseId)).isEmpty();
    }

    @Test
    void onlyCoursesThatAskForAPaperTakeOneAndTheTextHasLimits() {
        Learner learner = learners.create("Nông Thị", "Thu", Learners.TEACHERS);
        long shortCourse = learners.course(SHORT_COURSE).course().getId();
        long paperCourse = learners.course(PAPER_COURSE).course().getId();
        assertThatThrownBy(() -> Users.as(users, learner.username(), () -> papers.submit(shortCourse, TEXT, null)))
                .isInstanceOf(ReflectionPaperProblem.class).hasMessage("reflection.error.notRequired");
        assertThat(vietnamese("reflection.error.notRequired")).isEqualTo("Khoá học này không yêu cầu bài thu hoạch.");
        ReflectionPaperProblem tooShort = (ReflectionPaperProblem) org.assertj.core.api.Assertions.catchThrowable(() ->
                Users.as(users, learner.username(), () -> papers.submit(paperCourse, "Ngắn quá.", null)));
        assertThat(vietnamese(tooShort.messageKey(), tooShort.arguments())).startsWith("Bài thu hoạch cần ít nhất 200 ký tự; bài hiện có 9 ký tự.");
        assertThatThrownBy(() -> Users.as(users, learner.username(), () -> papers.submit(paperCourse, " \n ", null)))
                .isInstanceOf(ReflectionPaperProblem.class).hasMessage("reflection.error.empty");
        assertThat(Users.as(users, learner.username(), () -> papers.submit(paperCourse, null, new Upload("a.pdf", PDF))))
                .as("a PDF alone is a paper").extracting(Paper::text).isNull();
    }

    @Test
    void withoutAMemberRecordOnlyAdminReviewsAndNobodyReviewsTheirOwnPaper() {
        String staff = "bt-staff-" + System.nanoTime();
        Users.run(users, "admin", () -> accounts.createStaffAccount(staff, "Cán bộ tuyên giáo", Learners.PASSWORD));
        Paper staffPaper = Users.as(users, staff,
                () -> papers.submit(learners.course(PAPER_COURSE).course().getId(), TEXT, null));
        assertThatThrownBy(() -> Users.as(users, "bithu", () -> papers.accept(staffPaper.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Users.as(users, "admin", () -> papers.toReview(null))).filteredOn(p -> p.paperId() == staffPaper.id())
                .singleElement().satisfies(p -> assertThat(p.organization()).isNull());
        assertThat(Users.as(users, "admin", () -> papers.accept(staffPaper.id())).status())
                .isEqualTo(ReflectionPaperStatus.ACCEPTED);

        Learner secretary = learners.create("Bế Văn", "Quang", Learners.TEACHERS);
        Users.run(users, "admin", () -> accounts.grant(secretary.accountId(), vn.renluyen.security.Role.SECRETARY,
                learners.organization(Learners.TEACHERS).getId()));
        Paper own = submit(secretary, TEXT, null);
        assertThatThrownBy(() -> Users.as(users, secretary.username(), () -> papers.accept(own.id())))
                .isInstanceOf(ReflectionPaperProblem.class).hasMessage("reflection.error.ownPaper");
    }

    private Paper submit(Learner learner, String text, Upload upload) {
        long courseId = learners.course(PAPER_COURSE).course().getId();
        return Users.as(users, learner.username(), () -> papers.submit(courseId, text, upload));
    }

    private String vietnamese(String key, Object... arguments) {
        return i18n.getTranslation(key, PortalI18nProvider.VIETNAMESE, arguments);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
