package vn.renluyen.completion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.completion.Learners;

/** "Việc học của tôi" shows what the learner did the moment they did it, and the confirmation at the end. */
@PortalIntegrationTest
class MyLearningViewIT extends SpringBrowserlessTest {

    private static final String COURSE = "nghi-quyet-quy-dinh-cho-dang-vien";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;

    private Learners learners;

    @BeforeEach
    void helpers() {
        learners = new Learners(context);
    }

    @Test
    void oneLessonReadAndPassedShowsAsCompletedWithItsQuizGrade() {
        Learners.Learner learner = learners.create("Trần Văn", "Khánh", Learners.TEACHERS);
        var first = learners.course(COURSE).lessons().getFirst();
        learners.read(learner, COURSE, first.slug());
        learners.pass(learner, first.moduleId());

        Users.run(users, learner.username(), () -> {
            navigate(MyLearningView.class);
            Div card = card("Nghị quyết, quy định dành cho mọi đảng viên");
            String text = card.getElement().getTextRecursively();
            assertThat(text).contains("Hoàn thành 1/2 bài", "Kiểm tra: đạt 100 %", "Hoàn thành bài",
                    "Kiểm tra: chưa làm", "Chưa đọc");
            assertThat(find(RouterLink.class, card).withClassName("resume-link").single().getText())
                    .startsWith("Học tiếp: ");
            assertThat(find(Paragraph.class).withText("Bạn chưa có xác nhận hoàn thành nào.").exists()).isTrue();
        });
    }

    @Test
    void aCompletedCourseShowsItsDateAndTheConfirmationToDownload() {
        Learners.Learner learner = learners.create("Hoàng Thị", "Ngọc Ánh", Learners.TEACHERS);
        String code = learners.confirmed(learner);

        Users.run(users, learner.username(), () -> {
            navigate(MyLearningView.class);
            Div card = card("Nghị quyết, quy định dành cho mọi đảng viên");
            assertThat(find(Paragraph.class, card).withClassName("course-completed").single().getText())
                    .startsWith("Đã hoàn thành chương trình ngày ");
            assertThat(find(Span.class).withClassName("confirmation-course").all()).extracting(Span::getText)
                    .contains("Nghị quyết, quy định dành cho mọi đảng viên");
            assertThat(find(Anchor.class).withClassName("confirmation-pdf").all()).hasSize(1);
            assertThat(find(Span.class).withClassName("confirmation-date").single().getText()).endsWith(code);
        });
    }

    @Test
    void lessonsDoneOpenTheReflectionPaperTheCourseStillNeeds() {
        Learners.Learner learner = learners.create("Phan Thị", "Mai", Learners.TEACHERS);
        learners.completeLessons(learner, "boi-duong-nhan-thuc-ve-dang");

        Users.run(users, learner.username(), () -> {
            navigate(MyLearningView.class);
            Div card = card("Bồi dưỡng nhận thức về Đảng");
            assertThat(card.getElement().getTextRecursively()).contains("Hoàn thành 5/5 bài",
                    "Chương trình còn bài thu hoạch cần được bí thư chi bộ chấp nhận.");
            com.vaadin.flow.component.details.Details paper = find(com.vaadin.flow.component.details.Details.class, card)
                    .withClassName("learning-paper").single();
            assertThat(paper.isOpened()).isTrue();
            assertThat(find(ReflectionPaperPanel.class, card).exists()).isTrue();
        });
    }

    private Div card(String courseTitle) {
        return find(Div.class).withClassName("learning-card").all().stream()
                .filter(d -> d.getElement().getTextRecursively().contains(courseTitle)).findFirst().orElseThrow();
    }
}
