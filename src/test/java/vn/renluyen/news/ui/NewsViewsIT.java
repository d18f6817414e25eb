package vn.renluyen.news.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.base.ui.PageMetadata;
import vn.renluyen.news.ArticleService;
import vn.renluyen.news.NewsCategory;

/** The news pages as a visitor sees them, and an article's details in the editor. */
@PortalIntegrationTest
class NewsViewsIT extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    UserDetailsService users;

    @Test
    void aVisitorBrowsesTheNewsByCategoryAndReadsAnArticle() {
        navigate("tin-tuc", NewsView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Tin tức");
        assertThat(find(RouterLink.class).withClassName("news-card").all()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(find(Anchor.class).withClassName("feed-link").single().getHref()).isEqualTo("/feed/news.atom");

        com.vaadin.flow.component.UI.getCurrent().navigate(NewsView.class,
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("chuyen-muc", "hoat-dong-co-so")));
        assertThat(find(H1.class).single().getText()).isEqualTo("Hoạt động cơ sở");
        assertThat(find(RouterLink.class).withClassName("news-card").all())
                .allMatch(card -> card.getElement().getTextRecursively().startsWith("Hoạt động cơ sở"));

        navigate("tin-tuc/chi-bo-ven-bien-doi-moi-sinh-hoat-chuyen-de", ArticleView.class);
        assertThat(find(H1.class).single().getText()).startsWith("Sinh hoạt chi bộ theo chuyên đề");
        assertThat(find(Paragraph.class).withClassName("lesson-meta").single().getText())
                .isEqualTo("19/05/2026 · Ban biên tập RènLuyện");
        assertThat(find(Anchor.class).withClassName("tag").all()).extracting(Anchor::getText)
                .contains("#sinh hoạt chi bộ");
        assertThat(find(Anchor.class).withText("Facebook").single().getHref())
                .contains("http%3A%2F%2Flocalhost%3A8080%2Ftin-tuc%2Fchi-bo-ven-bien-doi-moi-sinh-hoat-chuyen-de");
    }

    @Test
    void anUnknownArticleIsNotFoundAndArticlesDescribeThemselvesForPreviews(@Autowired NewsPages pages) {
        navigate("tin-tuc/khong-co-bai-nay", com.vaadin.flow.component.Component.class);
        assertThat(find(H1.class).all()).extracting(H1::getText).doesNotContain("Tin tức");
        Optional<PageMetadata.Description> description = pages.describe("/tin-tuc/chi-bo-ven-bien-doi-moi-sinh-hoat-chuyen-de");
        assertThat(description).hasValueSatisfying(d -> {
            assertThat(d.title()).startsWith("Sinh hoạt chi bộ theo chuyên đề");
            assertThat(d.type()).isEqualTo("article");
        });
        assertThat(pages.describe("/tin-tuc/khong-co-bai-nay")).isEmpty();
    }

    @Test
    @WithUserDetails("bientap")
    void anEditorSetsTheCategoryOfANewArticleInTheDetailsTab() {
        var item = articles.createDraft("Tin mới về chuyển đổi số ở chi bộ");
        navigate("bien-tap/" + item.getId(), com.vaadin.flow.component.Component.class);
        test(find(TabSheet.class).single()).select("Thông tin");
        @SuppressWarnings("unchecked")
        Select<NewsCategory> category = find(Select.class).withCaption("Chuyên mục").single();
        category.setValue(category.getListDataView().getItems()
                .filter(c -> c != null && c.getSlug().equals("chuyen-doi-so")).findFirst().orElseThrow());
        test(find(TextField.class).withCaption("Từ khoá").single()).setValue("chuyển đổi số, chi bộ");
        test(find(Button.class).withText("Lưu thông tin").single()).click();
        var article = Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow());
        assertThat(article.getCategorySlug()).isEqualTo("chuyen-doi-so");
        assertThat(article.getTags()).containsExactly("chuyển đổi số", "chi bộ");
        assertThat(find(H2.class).all()).isNotNull();
    }
}
