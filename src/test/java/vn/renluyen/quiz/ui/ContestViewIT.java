package vn.renluyen.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.quiz.ContestFixture;
import vn.renluyen.quiz.Standing;

@PortalIntegrationTest
class ContestViewIT extends SpringBrowserlessTest {

    static final String TEACHERS = "Chi bộ Giáo viên";

    @Autowired
    ApplicationContext context;

    @Test
    void theContestPageShowsTheLeaderboardInRankOrder() {
        ContestFixture fixture = ContestFixture.from(context);
        String slug = fixture.contest("Bảng xếp hạng", Set.of(), 1, false);
        long round = fixture.firstRound(slug);
        fixture.take(fixture.entrant("Ba", TEACHERS), round, 1, Duration.ofSeconds(20), null);
        fixture.take(fixture.entrant("Một", TEACHERS), round, 3, Duration.ofSeconds(50), null);
        fixture.take(fixture.entrant("Hai", TEACHERS), round, 3, Duration.ofSeconds(70), null);

        navigate("cuoc-thi/" + slug, ContestView.class);
        LeaderboardGrid board = find(LeaderboardGrid.class).first();
        List<String> names = IntStream.range(0, test(board).size()).mapToObj(i -> test(board).getRow(i))
                .map(Standing::name).toList();
        assertThat(names).containsExactly("Thí Sinh Một", "Thí Sinh Hai", "Thí Sinh Ba");
        assertThat(test(board).getCellText(0, 3)).isEqualTo("3");
        assertThat(test(board).getCellText(0, 4)).isEqualTo("00:50");
        assertThat(find(Paragraph.class).withClassName("contest-perfect").single().getText())
                .isEqualTo("Số người đạt điểm tối đa: 2");
        assertThat(find(Button.class).withText("Tham gia").all()).isEmpty();
        assertThat(find(Paragraph.class).withText("Đăng nhập để tham gia cuộc thi.").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberEntersAnswersAndSeesTheResult() {
        ContestFixture fixture = ContestFixture.from(context);
        String slug = fixture.contest("Tham gia", Set.of(), 1, true);
        navigate("cuoc-thi/" + slug, ContestView.class);
        test(find(Button.class).withText("Tham gia").single()).click();

        ContestAttemptView attempt = (ContestAttemptView) getCurrentView();
        assertThat(find(Span.class, attempt).withClassName("contest-countdown").all()).hasSize(1);
        @SuppressWarnings("rawtypes")
        List<RadioButtonGroup> questions = find(RadioButtonGroup.class, attempt).all();
        assertThat(questions.size()).isLessThanOrEqualTo(3);
        test(find(Button.class).withText("Nộp bài").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ContestResultView.class);
        assertThat(find(Paragraph.class).withClassName("contest-result-score").single().getText()).endsWith("/3");
    }

    @Test
    @WithUserDetails("bientap")
    void staffCreateAContestWithTheForm() {
        ContestEditorView form = navigate(ContestEditorView.class);
        test(find(TextField.class, form).single()).setValue("Tìm hiểu Điều lệ Đảng năm 2026");
        test(find(TextArea.class, form).single()).setValue("Mỗi vòng **10 câu**.");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ContestEditorView.LessonChoice> sources = find(MultiSelectComboBox.class, form).all().get(1);
        // Other tests of the shared context import small fixture courses; take two real lessons (29 questions).
        sources.setValue(Set.copyOf(sources.getListDataView().getItems()
                .filter(l -> l.label().startsWith("Bồi dưỡng nhận thức về Đảng › ")).limit(2).toList()));
        test(find(Button.class, form).withText("Lưu").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ContestView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Tìm hiểu Điều lệ Đảng năm 2026");
        assertThat(find(Div.class).withClassName("prose").single().getElement().getProperty("innerHTML"))
                .contains("<strong>10 câu</strong>");
    }
}
