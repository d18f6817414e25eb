package vn.renluyen.completion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.completion.Learners;
import vn.renluyen.completion.Learners.Learner;
import vn.renluyen.completion.ReflectionPaperStatus;
import vn.renluyen.completion.ReflectionPapers;
import vn.renluyen.curriculum.Course;
import vn.renluyen.base.ui.PdfPicker;

/** The learner's reflection paper panel, and the secretary's /chi-bo/bai-thu-hoach. */
@PortalIntegrationTest
class ReflectionPaperViewsIT extends SpringBrowserlessTest {

    static final String TEXT = ("Tôi nhận thức sâu sắc hơn vai trò lãnh đạo của Đảng đối với cách mạng Việt Nam "
            + "và sẽ phấn đấu rèn luyện để xứng đáng là người đảng viên.\n").repeat(3);

    @Autowired
    ApplicationContext context;
    @Autowired
    ReflectionPapers papers;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @Test
    void aLearnerWritesAndSubmitsAndARefusalKeepsTheirText() {
        Learners learners = new Learners(context);
        Learner learner = learners.create("Triệu Thị", "Hoa", Learners.TEACHERS);
        Course course = learners.course("boi-duong-nhan-thuc-ve-dang").course();
        Users.run(users, learner.username(), () -> {
            ReflectionPaperPanel panel = new ReflectionPaperPanel(papers, clock, course.getId(), course.getTitle());
            UI.getCurrent().add(panel);
            assertThat(status(panel)).isEqualTo("Chưa nộp.");

            TextArea text = find(TextArea.class).withCaption("Nội dung bài thu hoạch").from(panel).single();
            test(text).setValue("Ngắn quá.");
            test(find(Button.class).withText("Nộp bài thu hoạch").from(panel).single()).click();
            assertThat(text.getErrorMessage()).startsWith("Bài thu hoạch cần ít nhất 200 ký tự");
            assertThat(text.getValue()).isEqualTo("Ngắn quá.");
            assertThat(status(panel)).isEqualTo("Chưa nộp.");

            test(text).setValue(TEXT);
            find(PdfPicker.class).from(panel).single().picked("anh.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8));
            test(find(Button.class).withText("Nộp bài thu hoạch").from(panel).single()).click();
            assertThat(find(Paragraph.class).withClassName("reflection-error").from(panel).single().getText())
                    .isEqualTo("Tệp không phải tài liệu PDF. Hãy chọn tệp PDF.");
            assertThat(text.getValue()).as("nothing lost").isEqualTo(TEXT);

            find(PdfPicker.class).from(panel).single().clear();
            test(find(Button.class).withText("Nộp bài thu hoạch").from(panel).single()).click();
            assertThat(status(panel)).startsWith("Đã nộp lúc ").endsWith(", chờ bí thư chi bộ duyệt.");
            assertThat(papers.mine(course.getId()).orElseThrow().text()).isEqualTo(TEXT.strip());
        });
    }

    @Test
    @WithUserDetails("bithu")
    void aSecretaryReturnsWithACommentThenAccepts() {
        Learners learners = new Learners(context);
        Learner learner = learners.create("Sầm Văn", "Khải", Learners.TEACHERS);
        long courseId = learners.course("boi-duong-nhan-thuc-ve-dang").course().getId();
        String markup = TEXT + "<b>không phải HTML</b>";
        long paperId = Users.as(users, learner.username(), () -> papers.submit(courseId, markup, null)).id();

        navigate(ReflectionPapersView.class);
        open("Sầm Văn Khải");
        Dialog review = find(Dialog.class).withClassName("review-dialog").single();
        Div text = find(Div.class).withClassName("reflection-text").from(review).single();
        assertThat(text.getText()).isEqualTo(markup.strip());
        assertThat(text.getElement().getChildCount()).isOne();
        assertThat(text.getElement().getChild(0).isTextNode()).as("plain text, not parsed as HTML").isTrue();

        test(find(Button.class).withText("Trả lại").from(review).single()).click();
        Dialog giveBack = find(Dialog.class).withClassName("return-dialog").single();
        test(find(Button.class).withText("Trả lại bài").from(giveBack).single()).click();
        TextArea comment = find(TextArea.class).withCaption("Nhận xét").from(giveBack).single();
        assertThat(comment.getErrorMessage()).isEqualTo("Cần ghi nhận xét để người học biết phải sửa gì.");
        assertThat(status(learner, courseId)).isEqualTo(ReflectionPaperStatus.SUBMITTED);

        test(comment).setValue("Cần nêu rõ kế hoạch rèn luyện của bản thân.");
        test(find(Button.class).withText("Trả lại bài").from(giveBack).single()).click();
        assertThat(giveBack.isOpened()).isFalse();
        assertThat(review.isOpened()).isFalse();
        assertThat(Users.as(users, learner.username(), () -> papers.mine(courseId)).orElseThrow().reviewComment())
                .isEqualTo("Cần nêu rõ kế hoạch rèn luyện của bản thân.");

        Users.run(users, learner.username(), () -> papers.submit(courseId, TEXT + "Kế hoạch: học tập suốt đời.", null));
        navigate(ReflectionPapersView.class);
        open("Sầm Văn Khải");
        test(find(Button.class).withText("Chấp nhận").from(find(Dialog.class).withClassName("review-dialog").single())
                .single()).click();
        assertThat(status(learner, courseId)).isEqualTo(ReflectionPaperStatus.ACCEPTED);
        assertThat(papers.review(paperId).reviewComment()).isNull();
    }

    private void open(String learnerName) {
        Div row = find(Div.class).withClassName("reflection-row").all().stream()
                .filter(r -> r.getElement().getTextRecursively().contains(learnerName)).findFirst().orElseThrow();
        test(find(Button.class).withText("Xem bài").from(row).single()).click();
    }

    private String status(ReflectionPaperPanel panel) {
        return find(Paragraph.class).withClassName("reflection-status").from(panel).single().getText();
    }

    private ReflectionPaperStatus status(Learner learner, long courseId) {
        return Users.as(users, learner.username(), () -> papers.mine(courseId)).orElseThrow().status();
    }
}
