package vn.renluyen.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.SearchIndex;
import vn.renluyen.Users;
import vn.renluyen.news.ArticleService;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialService;

/**
 * /tim-kiem for staff: the "Chưa xuất bản" tab with state, what readers see and the editor link, beside the public
 * results; everyone else sees the page as before, without the tab.
 */
@PortalIntegrationTest
class StaffSearchViewIT extends SpringBrowserlessTest {

    static final String DRAFT_TITLE = "Đêm xoè bên bếp lửa";
    static final String EDITED_TITLE = "Chè shan tuyết trên núi cao";
    static long draftId;
    static long editedId;

    @BeforeAll
    static void write(@Autowired ArticleService articles, @Autowired EditorialService editorial,
            @Autowired UserDetailsService users, @Autowired JdbcTemplate jdbc) {
        draftId = Users.as(users, "bientap", () -> {
            long id = articles.createDraft(DRAFT_TITLE).getId();
            editorial.save(id, new Draft(DRAFT_TITLE, "", "Chi bộ bản tổ chức đêm xoè mừng năm mới."), null);
            return id;
        });
        editedId = Users.as(users, "bientap", () -> {
            long id = articles.createDraft("Chè shan tuyết").getId();
            editorial.save(id, new Draft("Chè shan tuyết", "", "Cây chè shan tuyết cổ thụ."), null);
            return id;
        });
        Users.run(users, "xuatban", () -> editorial.publish(editedId));
        Users.run(users, "bientap", () -> editorial.save(editedId,
                new Draft(EDITED_TITLE, "", "Cây chè shan tuyết cổ thụ; thêm đoạn về sương mù."), null));
        Users.run(users, "bientap", () -> editorial.submit(editedId));
        SearchIndex.awaitOutboxEmpty(jdbc);
    }

    @Test
    @WithUserDetails("bientap")
    void anEditorSeesTheUnpublishedTabWithStateAndTheEditorLink() {
        open("xoe");
        TabSheet tabs = find(TabSheet.class).single();
        assertThat(test(tabs).getTab(0).getLabel()).startsWith("Đã xuất bản (");
        assertThat(test(tabs).getTab(1).getLabel()).startsWith("Chưa xuất bản (");
        assertThat(test(tabs).isSelected(1)).as("no published match: the tab that has results is shown").isTrue();
        Div staff = test(tabs).getTabContent(1);
        assertThat(find(Paragraph.class, staff).withClassName("staff-intro").single().getText())
                .startsWith("Chỉ biên tập viên và người duyệt thấy mục này");
        Div hit = hitWithTitle(staff, DRAFT_TITLE);
        assertThat(find(Span.class, hit).withClassName("state-pill").single().getText()).isEqualTo("Bản nháp");
        assertThat(find(Span.class, hit).withClassName("search-hit-type").single().getText()).isEqualTo("Tin tức");
        assertThat(find(Span.class, hit).withClassName("staff-hit-fact").all()).extracting(Span::getText)
                .contains("Chưa từng xuất bản");
        Anchor title = find(Anchor.class, hit).withClassName("search-hit-title").single();
        assertThat(title.getHref()).isEqualTo("/bien-tap/" + draftId);
        assertThat(find(Paragraph.class, hit).withClassName("search-hit-snippet").single().getElement()
                .getProperty("innerHTML")).contains("<mark>xoè</mark>");

        test(title).navigate();
        assertThat(getCurrentView().getClass().getName()).startsWith("vn.renluyen.publishing.ui.EditorView");
        assertThat(find(H2.class).all()).extracting(H2::getText).contains(DRAFT_TITLE);
    }

    @Test
    @WithUserDetails("xuatban")
    void aPublisherSeesBothTheReadersVersionAndTheNewestDraftOfAPublishedItem() {
        open("chè shan tuyết");
        TabSheet tabs = find(TabSheet.class).single();
        assertThat(test(tabs).isSelected(0)).as("published matches come first").isTrue();
        assertThat(titles(test(tabs).getTabContent(0))).contains("Chè shan tuyết").doesNotContain(EDITED_TITLE);
        assertThat(test(tabs).getTab(1).getLabel()).isNotEqualTo("Chưa xuất bản (0)");

        test(tabs).select(1);
        Div hit = hitWithTitle(test(tabs).getTabContent(1), EDITED_TITLE);
        assertThat(find(Span.class, hit).withClassName("state-pill").single().getText()).isEqualTo("Chờ duyệt");
        assertThat(find(Span.class, hit).withClassName("staff-hit-fact").all()).extracting(Span::getText)
                .contains("Bạn đọc đang xem bản r2");
        assertThat(find(Anchor.class, hit).withClassName("search-hit-title").single().getHref())
                .isEqualTo("/bien-tap/" + editedId);
    }

    @Test
    void anonymousVisitorsSeeThePageAsBeforeWithoutTheTab() {
        assertNoStaffSection();
    }

    @Test
    @WithUserDetails("dangvien")
    void membersSeeNoStaffSection() {
        assertNoStaffSection();
    }

    @Test
    @WithUserDetails("bithu")
    void secretariesSeeNoStaffSection() {
        assertNoStaffSection();
    }

    private void assertNoStaffSection() {
        open("xoe");
        assertThat(find(TabSheet.class).exists()).isFalse();
        assertThat(find(Div.class).withClassName("staff-results").exists()).isFalse();
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).noneMatch(href -> href.contains("bien-tap"));
        assertThat(find(Paragraph.class).withText("Không tìm thấy kết quả phù hợp.").exists()).isTrue();

        open("chè shan tuyết");
        assertThat(find(TabSheet.class).exists()).isFalse();
        List<String> titles = find(Anchor.class).withClassName("search-hit-title").all().stream()
                .map(Anchor::getText).toList();
        assertThat(titles).contains("Chè shan tuyết").doesNotContain(EDITED_TITLE, DRAFT_TITLE);
    }

    private Div hitWithTitle(Div staff, String title) {
        return find(Div.class, staff).withClassName("staff-hit").all().stream()
                .filter(hit -> find(Anchor.class, hit).withText(title).exists()).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not in the staff tab"));
    }

    private List<String> titles(Div results) {
        return find(Anchor.class, results).withClassName("search-hit-title").all().stream().map(Anchor::getText)
                .toList();
    }

    private void open(String q) {
        UI.getCurrent().navigate("tim-kiem", QueryParameters.of("q", q));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
    }
}
