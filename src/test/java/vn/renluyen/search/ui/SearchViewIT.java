package vn.renluyen.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.renluyen.PortalIntegrationTest;

/** The results page as a visitor uses it, without a browser. */
@PortalIntegrationTest
class SearchViewIT extends SpringBrowserlessTest {

    @Test
    void aQueryWithoutDiacriticsShowsTheLessonWithSnippetAndFacets() {
        open("dieu le dang");
        assertThat(find(Paragraph.class).withClassName("search-summary").single().getText())
                .startsWith("Tìm thấy").endsWith("cho „dieu le dang”");
        List<Anchor> titles = find(Anchor.class).withClassName("search-hit-title").all();
        assertThat(titles.getFirst().getText()).isEqualTo("Nội dung cơ bản của Điều lệ Đảng");
        assertThat(titles.getFirst().getHref()).isEqualTo("/khoa-hoc/boi-duong-nhan-thuc-ve-dang/noi-dung-co-ban-cua-dieu-le-dang");
        assertThat(find(Paragraph.class).withClassName("search-hit-snippet").first().getElement()
                .getProperty("innerHTML")).contains("<mark>");
        assertThat(find(Anchor.class).withClassName("search-facet").all()).extracting(Anchor::getText)
                .anyMatch(text -> text.startsWith("Bài học ("));
    }

    @Test
    void nothingFoundSuggestsAnotherQuery() {
        open("xyzqw đảng viênkhông");
        assertThat(find(Paragraph.class).withText("Không tìm thấy kết quả phù hợp.").exists()).isTrue();
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("xyzqw dang vienkhong", "xyzqw đảng");
    }

    @Test
    void emptyAndOverLongQueriesGetAFriendlyMessage() {
        open("");
        assertThat(find(Paragraph.class).withClassName("search-help").single().getText()).startsWith("Nhập từ khoá");
        open("đảng ".repeat(2000));
        assertThat(find(Paragraph.class).withClassName("search-help").single().getText()).startsWith("Từ khoá dài quá");
    }

    private void open(String q) {
        UI.getCurrent().navigate("tim-kiem", QueryParameters.of("q", q));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
    }
}
