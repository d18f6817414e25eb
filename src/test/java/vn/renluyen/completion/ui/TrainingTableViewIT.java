package vn.renluyen.completion.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.base.TableExport;
import vn.renluyen.completion.TrainingTable;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.LearningProgress;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.quiz.LessonQuizzes;
import vn.renluyen.quiz.QuizDefinition;
import vn.renluyen.quiz.QuizImport;
import vn.renluyen.security.AccountService;

/** The secretary's members × courses table: what a learner did shows at once, in scope only, and exports. */
@PortalIntegrationTest
class TrainingTableViewIT extends SpringBrowserlessTest {

    private static final String COURSE = "nghi-quyet-quy-dinh-cho-dang-vien";
    private static final AtomicInteger N = new AtomicInteger();

    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    MemberService members;
    @Autowired
    OrganizationService organizations;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    LearningProgress reading;
    @Autowired
    LessonQuizzes quizzes;
    @Autowired
    QuizImport banks;
    @Autowired
    TrainingTable training;

    private long branch;
    private String givenName;
    private String username;

    @BeforeEach
    void aCandidateOfBithusBranchWhoCompletedOneLesson() {
        branch = Users.as(users, "bithu", () -> organizations.manageable().getFirst().getId());
        int n = N.incrementAndGet();
        givenName = "Thảo" + "ABCDEFGHIJ".charAt(n % 10) + System.nanoTime() % 1000;
        username = "thao" + n + "t" + System.nanoTime() % 100000;
        Member member = Users.as(users, "bithu", () -> members.register("Lê Thị Phương", givenName,
                LocalDate.of(2001, 3, 8), branch, MemberStatus.CANDIDATE, LocalDate.of(2026, 1, 5), null,
                "Quần chúng ưu tú được giới thiệu"));
        Users.run(users, "bithu", () -> accounts.createMemberAccount(member.getId(), username, "MatKhauHocVien1"));
        var lesson = catalog.lesson(COURSE, "nghi-quyet-21-nq-tw-muc-iii-2").orElseThrow();
        long moduleId = lesson.entry().moduleId();
        Map<String, Set<String>> correct = banks.bankOf(moduleId).orElseThrow().questions().stream()
                .collect(Collectors.toMap(QuizDefinition.Question::id, q -> q.options().stream()
                        .filter(QuizDefinition.Option::correct).map(QuizDefinition.Option::id)
                        .collect(Collectors.toSet())));
        Users.run(users, username, () -> {
            reading.read(moduleId, lesson.revision());
            var sheet = quizzes.start(moduleId, java.util.UUID.randomUUID().toString());
            quizzes.submit(sheet.attemptId(), sheet.questions().stream()
                    .collect(Collectors.toMap(q -> q.id(), q -> correct.get(q.id()))));
        });
    }

    @Test
    void theSecretarySeesTheLessonCompletedTheMomentItHappened() {
        TrainingTable.Row row = Users.as(users, "bithu", () -> training.of(branch)).rows().stream()
                .filter(r -> r.name().endsWith(givenName)).findFirst().orElseThrow();
        long courseId = catalog.course(COURSE).orElseThrow().course().getId();
        TrainingTable.Cell cell = row.cell(courseId).orElseThrow();
        assertThat(cell.lessonsCompleted()).isEqualTo(1);
        assertThat(cell.lessons()).isEqualTo(2);
        assertThat(cell.progress()).isEqualTo(TrainingTable.Progress.IN_PROGRESS);
        assertThat(row.lastActivity()).isNotNull();
        assertThat(row.status()).isEqualTo(MemberStatus.CANDIDATE);
    }

    @Test
    void anOrganizationOutsideTheSecretarysScopeGivesNothing() {
        long outside = Users.as(users, "admin", () -> organizations.manageable().stream()
                .filter(o -> !Users.as(users, "bithu", () -> organizations.manageable()).contains(o))
                .findFirst().orElseThrow().getId());
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> training.of(outside)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> training.of(branch)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTableFiltersByNameAndExportsWhatItShows() throws Exception {
        Users.run(users, "bithu", () -> {
            navigate(TrainingTableView.class);
            test(find(TextField.class).withCaption("Tìm theo tên").single()).setValue(
                    vn.renluyen.base.Texts.withoutMarks(givenName).toLowerCase());
            Grid<TrainingTable.Row> grid = find(Grid.class).single();
            assertThat(test(grid).size()).isEqualTo(1);
            assertThat(test(grid).getRow(0).name()).isEqualTo("Lê Thị Phương " + givenName);
            assertThat(grid.getColumns().stream().map(c -> c.getHeaderText()).toList())
                    .contains("Nghị quyết, quy định dành cho mọi đảng viên", "Hoạt động gần nhất");
            test((ComboBox<vn.renluyen.curriculum.Course>) find(ComboBox.class).withCaption("Chương trình").single())
                    .selectItem("Nghị quyết, quy định dành cho mọi đảng viên");

            List<Anchor> links = find(Anchor.class).withClassName("export-link").all();
            assertThat(links).extracting(Anchor::getText).containsExactly("Tải CSV", "Tải Excel (XLSX)");
        });
    }

    @Test
    void theExportHasVietnameseHeadersAndOneLinePerMemberAndCourseShown() throws Exception {
        Users.run(users, "bithu", () -> {
            TrainingTableView view = navigate(TrainingTableView.class);
            test(find(TextField.class).withCaption("Tìm theo tên").single()).setValue(givenName);
            TableExport.Table all = view.export();
            assertThat(all.headers()).containsExactly("Họ và tên", "Tổ chức đảng", "Tình trạng đảng viên",
                    "Chương trình", "Số bài đã hoàn thành", "Tổng số bài", "Tình trạng học", "Ngày hoàn thành",
                    "Hoạt động gần nhất");
            assertThat(all.rows()).hasSize(catalog.courses().size());
            List<Object> line = all.rows().stream().filter(r -> r.get(3).equals(
                    "Nghị quyết, quy định dành cho mọi đảng viên")).findFirst().orElseThrow();
            assertThat(line.subList(0, 7)).containsExactly("Lê Thị Phương " + givenName,
                    "Đảng bộ Trường Trung học phổ thông Hoà An", "Quần chúng ưu tú (đối tượng kết nạp)",
                    "Nghị quyết, quy định dành cho mọi đảng viên", 1, 2, "Đang học");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(all)))) {
                assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                        .isEqualTo("Lê Thị Phương " + givenName);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(new String(TableExport.csv(all), StandardCharsets.UTF_8)).contains("Số bài đã hoàn thành");
        });
    }
}
