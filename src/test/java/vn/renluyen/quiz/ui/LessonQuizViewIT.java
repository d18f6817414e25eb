package vn.renluyen.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.base.ui.Countdown;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.ui.LessonView;
import vn.renluyen.quiz.QuizDefinition;
import vn.renluyen.quiz.QuizImport;
import vn.renluyen.security.AccountService;

/** Taking a lesson's quiz in the page: start, answer, reload, submit, see the review. */
@PortalIntegrationTest
class LessonQuizViewIT extends SpringBrowserlessTest {

    private static final String LESSON = "khoa-hoc/nghi-quyet-quy-dinh-cho-dang-vien/"
            + "quy-dinh-37-qd-tw-nhung-dieu-dang-vien-khong-duoc-lam";
    private static final AtomicInteger LEARNERS = new AtomicInteger();

    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    QuizImport banks;

    private String learner;
    private QuizDefinition bank;

    @BeforeEach
    void freshLearner() {
        learner = "hvtrang" + LEARNERS.incrementAndGet() + "x" + System.nanoTime() % 100000;
        Users.run(users, "admin", () -> accounts.createStaffAccount(learner, "Học viên trang", "MatKhauHocVien1"));
        long moduleId = catalog.lesson("nghi-quyet-quy-dinh-cho-dang-vien",
                "quy-dinh-37-qd-tw-nhung-dieu-dang-vien-khong-duoc-lam").orElseThrow().entry().moduleId();
        bank = banks.bankOf(moduleId).orElseThrow();
    }

    @Test
    void aVisitorIsAskedToLogInAndCannotOpenTheQuiz() {
        navigate(LESSON, LessonView.class);
        assertThat(find(Paragraph.class).withText(
                "Đăng nhập để làm bài kiểm tra và được ghi nhận hoàn thành bài học.").exists()).isTrue();
    }

    @Test
    void aLearnerAnswersEverythingRightPassesAndSeesTheExplanations() {
        Users.run(users, learner, () -> {
            navigate(LESSON, LessonView.class);
            RouterLink go = find(RouterLink.class).withClassName("quiz-go").single();
            assertThat(go.getText()).isEqualTo("Làm bài kiểm tra");
            assertThat(go.getHref()).isEqualTo(LESSON + "/kiem-tra");

            navigate(LESSON + "/kiem-tra", LessonQuizView.class);
            assertThat(find(H1.class).single().getText()).startsWith("Kiểm tra: Quy định 37-QĐ/TW");
            test(find(Button.class).withText("Làm bài kiểm tra").single()).click();
            assertThat(find(Countdown.class).single().getText()).isEqualTo("15:00");
            String page = find(Div.class).withClassName("quiz-page").single().getElement().getTextRecursively();
            assertThat(bank.questions()).allSatisfy(q -> assertThat(page).doesNotContain(q.explanation()));

            answerAll(true);
            test(find(Button.class).withText("Nộp bài").single()).click();
            assertThat(find(Paragraph.class).withClassName("quiz-passed").single().getText())
                    .isEqualTo("Chúc mừng! Bạn đạt 100 % (yêu cầu 70 %).");
            String review = find(Div.class).withClassName("quiz-page").single().getElement().getTextRecursively();
            assertThat(review).contains("Giải thích");
            assertThat(bank.questions().stream().filter(q -> review.contains(q.text())).count()).isEqualTo(10);
        });
    }

    @Test
    void aReloadMidAttemptKeepsTheQuestionsAndTheAnswersGiven() {
        Users.run(users, learner, () -> {
            navigate(LESSON + "/kiem-tra", LessonQuizView.class);
            test(find(Button.class).withText("Làm bài kiểm tra").single()).click();
            List<String> before = questionTexts();
            answerAll(true);

            navigate(LESSON + "/kiem-tra", LessonQuizView.class);
            assertThat(questionTexts()).isEqualTo(before);
            long chosen = find(RadioButtonGroup.class).all().stream().filter(g -> g.getValue() != null).count()
                    + find(CheckboxGroup.class).all().stream().filter(g -> !((java.util.Set<?>) g.getValue()).isEmpty()).count();
            assertThat(chosen).isEqualTo(10);
        });
    }

    @Test
    void aFailedAttemptWithholdsTheAnswersAndOffersAnotherTry() {
        Users.run(users, learner, () -> {
            navigate(LESSON + "/kiem-tra", LessonQuizView.class);
            test(find(Button.class).withText("Làm bài kiểm tra").single()).click();
            answerAll(false);
            test(find(Button.class).withText("Nộp bài").single()).click();
            assertThat(find(Paragraph.class).withClassName("quiz-failed").single().getText())
                    .isEqualTo("Bạn được 0 %, chưa đạt yêu cầu 70 %.");
            assertThat(find(Paragraph.class).withText("Đáp án và giải thích được hiển thị sau khi bạn đạt bài kiểm tra.")
                    .exists()).isTrue();
            test(find(Button.class).withText("Về trang kiểm tra").single()).click();
            assertThat(find(Button.class).withText("Làm lại (còn 2 lần)").exists()).isTrue();
        });
    }

    private List<String> questionTexts() {
        return find(Paragraph.class).withClassName("quiz-question-text").all().stream().map(Paragraph::getText)
                .toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answerAll(boolean right) {
        Map<String, QuizDefinition.Question> byText = bank.questions().stream()
                .collect(Collectors.toMap(QuizDefinition.Question::text, q -> q));
        for (QuestionField field : find(QuestionField.class).all()) {
            String text = field.getElement().getTextRecursively();
            QuizDefinition.Question q = byText.entrySet().stream().filter(e -> text.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElseThrow();
            List<String> pick = q.options().stream().filter(o -> o.correct() == right).map(QuizDefinition.Option::text)
                    .toList();
            var checkboxes = find(CheckboxGroup.class, field).all();
            if (!checkboxes.isEmpty()) {
                test((CheckboxGroup) checkboxes.getFirst()).selectItems(pick);
            } else {
                test((RadioButtonGroup) find(RadioButtonGroup.class, field).single()).selectItem(pick.getFirst());
            }
        }
    }
}
