package vn.renluyen.stories.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.members.Member;
import vn.renluyen.stories.StoryField;

/** The exemplary-member pages as a visitor sees them, and a secretary's nomination. */
@PortalIntegrationTest
class StoryViewsIT extends SpringBrowserlessTest {

    @Test
    void aVisitorFiltersByFieldAndReadsAProfileMarkedAsIllustration() {
        navigate("guong-sang", StoriesView.class);
        assertThat(find(RouterLink.class).withClassName("story-card").all()).hasSizeGreaterThanOrEqualTo(8);
        @SuppressWarnings("unchecked")
        Select<StoryField> field = find(Select.class).withCaption("Lĩnh vực").single();
        field.setValue(field.getListDataView().getItems().filter(f -> f != null && f.getSlug().equals("y-te"))
                .findFirst().orElseThrow());
        assertThat(find(RouterLink.class).withClassName("story-card").all()).isNotEmpty()
                .allMatch(card -> card.getElement().getTextRecursively().contains("Y tế"));

        navigate("guong-sang/bi-thu-chi-bo-doi-moi-sinh-hoat-thon-dong-lac", StoryView.class);
        assertThat(find(H1.class).single().getText()).startsWith("Bí thư chi bộ thôn Đông Lạc");
        assertThat(find(Span.class).withClassName("story-person").single().getText()).isEqualTo("Trần Đức Hạnh");
        assertThat(find(Span.class).withClassName("achievement-year").all()).extracting(Span::getText)
                .containsExactly("2023", "2024", "2025");
        assertThat(find(Paragraph.class).withText("Nhân vật trong bài là nhân vật minh hoạ.").exists()).isTrue();
    }

    @Test
    @WithUserDetails("bithu")
    void aSecretaryNominatesAMemberAndSeesItWaiting() {
        navigate(NominationsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Member> member = find(ComboBox.class).withCaption("Đảng viên, quần chúng").single();
        member.setValue(member.getListDataView().getItems().filter(m -> m.getFullName().equals("Phạm Thị Thu Trang"))
                .findFirst().orElseThrow());
        test(find(TextArea.class).withCaption("Lý do đề cử").single()).setValue("Ngắn");
        test(find(Button.class).withText("Gửi đề cử").single()).click();
        assertThat(find(TextArea.class).withCaption("Lý do đề cử").single().getErrorMessage())
                .isEqualTo("Lý do đề cử cần từ 20 đến 4000 ký tự.");
        test(find(TextArea.class).withCaption("Lý do đề cử").single())
                .setValue("Ba năm liền đạt danh hiệu giáo viên dạy giỏi cấp tỉnh, nhiệt tình giúp đỡ đồng nghiệp trẻ.");
        test(find(Button.class).withText("Gửi đề cử").single()).click();
        assertThat(find(Span.class).withClassName("nomination-name").all()).extracting(Span::getText)
                .contains("Phạm Thị Thu Trang");
        assertThat(find(Span.class).withClassName("state-badge").all()).extracting(Span::getText)
                .contains("Đã gửi, chờ xem xét");
    }
}
