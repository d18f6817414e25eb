package vn.renluyen.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.SearchIndex;
import vn.renluyen.TestClock;
import vn.renluyen.Users;
import vn.renluyen.news.Article.ArticleFacts;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.search.SearchFilter;
import vn.renluyen.search.SearchQuery;
import vn.renluyen.search.SearchService;

/** News as readers, editors and publishers meet it: content/news, the workflow, the feeds and search. */
@PortalIntegrationTest
class NewsIT {

    @Autowired
    NewsCatalog catalog;
    @Autowired
    ArticleService articles;
    @Autowired
    EditorialService editorial;
    @Autowired
    SearchService search;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTenArticlesOfContentNewsArePublishedWithTheirCategoryAndTags() {
        assertThat(catalog.count(null)).isGreaterThanOrEqualTo(10);
        var page = catalog.article("chi-bo-ven-bien-doi-moi-sinh-hoat-chuyen-de").orElseThrow();
        assertThat(page.revision().getTitle()).startsWith("Sinh hoạt chi bộ theo chuyên đề");
        assertThat(page.categoryName()).isEqualTo("Hoạt động cơ sở");
        assertThat(page.article().getTags()).contains("sinh hoạt chi bộ");
        assertThat(page.article().getPublishedOn()).hasToString("2026-05-19");
        assertThat(page.text().html()).contains("<h2");
        assertThat(catalog.latest("hoat-dong-co-so", 0, 50)).allMatch(c -> "hoat-dong-co-so".equals(
                c.article().getCategorySlug()));
    }

    @Test
    void anEditorWritesButCannotPublishAndReadersSeeOnlyWhatIsPublished() {
        EditorialItem item = Users.as(users, "bientap", () -> articles.createDraft("Hội nghị học tập nghị quyết ở xã Hoà An"));
        long articleId = Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow().getId());
        Users.run(users, "bientap", () -> {
            editorial.save(item.getId(), new Draft("Hội nghị học tập nghị quyết ở xã Hoà An",
                    "Tóm tắt tin minh hoạ.", "Nội dung tin **minh hoạ** về hội nghị."), null);
            articles.describe(articleId, new ArticleFacts("giao-duc-chinh-tri", "Phóng viên minh hoạ",
                    List.of("học tập nghị quyết"), null));
            editorial.submit(item.getId());
        });
        String slug = Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow().getSlug());
        assertThat(slug).isEqualTo("hoi-nghi-hoc-tap-nghi-quyet-o-xa-hoa-an");
        assertThatThrownBy(() -> Users.run(users, "bientap", () -> editorial.publish(item.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.article(slug)).isEmpty();
        assertThat(catalog.latest(null, 0, 50)).noneMatch(c -> c.article().getSlug().equals(slug));

        Users.run(users, "xuatban", () -> editorial.publish(item.getId()));
        assertThat(catalog.article(slug)).hasValueSatisfying(p -> {
            assertThat(p.categoryName()).isEqualTo("Giáo dục chính trị, tư tưởng");
            assertThat(p.article().getAuthor()).isEqualTo("Phóng viên minh hoạ");
            assertThat(p.article().getPublishedOn()).isNotNull();
        });
        SearchIndex.awaitOutboxEmpty(jdbc);
        var found = search.search(SearchQuery.of("hoi nghi hoc tap nghi quyet"), Set.of("article"), null, 0, 5);
        assertThat(found.hits()).anyMatch(h -> h.url().equals("/tin-tuc/" + slug));
        var tagged = search.search(SearchQuery.of("hội nghị"), new SearchFilter(Set.of(), "", "", "học tập nghị quyết"),
                0, 5);
        assertThat(tagged.hits()).extracting(h -> h.slug()).containsExactly(slug);
        assertThat(tagged.tags()).containsKey("học tập nghị quyết");

        Users.run(users, "xuatban", () -> editorial.archive(item.getId()));
        assertThat(catalog.article(slug)).isEmpty();
    }

    @Test
    void aScheduledArticleAppearsInTheFeedAtItsTime() throws Exception {
        EditorialItem item = Users.as(users, "bientap", () -> articles.createDraft("Tin hẹn giờ về chuyển đổi số"));
        Users.run(users, "bientap", () -> editorial.save(item.getId(),
                new Draft("Tin hẹn giờ về chuyển đổi số", "Tóm tắt.", "Nội dung."), null));
        Users.run(users, "xuatban", () -> editorial.schedule(item.getId(), clock.instant().plus(Duration.ofHours(2))));
        assertThat(feedTitles("/feed/news.atom")).doesNotContain("Tin hẹn giờ về chuyển đổi số");
        clock.advance(Duration.ofHours(3));
        assertThat(editorial.publishDue()).isGreaterThanOrEqualTo(1);
        assertThat(feedTitles("/feed/news.atom")).contains("Tin hẹn giờ về chuyển đổi số");
    }

    @Test
    void feedsAreWellFormedAtomWithAbsoluteLinks() throws Exception {
        String xml = mvc.perform(get("/feed/news/hoat-dong-co-so.atom")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertThat(feed.getId()).isEqualTo("http://localhost:8080/feed/news/hoat-dong-co-so.atom");
        assertThat(feed.getTitle()).contains("Hoạt động cơ sở");
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getAuthors()).isNotEmpty();
        assertThat(feed.getEntries()).isNotEmpty();
        for (Entry entry : feed.getEntries()) {
            assertThat(entry.getId()).startsWith("http://localhost:8080/tin-tuc/");
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getAlternateLinks().getFirst().getHref()).startsWith("http://localhost:8080/tin-tuc/");
            assertThat(entry.getCategories()).extracting(c -> c.getTerm()).containsOnly("hoat-dong-co-so");
        }
        mvc.perform(get("/feed/news/khong-co.atom")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void badDetailsAreRefusedWithAMessage() {
        EditorialItem item = Users.as(users, "bientap", () -> articles.createDraft("Tin kiểm tra chi tiết"));
        long id = Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow().getId());
        assertThatThrownBy(() -> Users.run(users, "bientap", () -> articles.describe(id,
                new ArticleFacts("khong-co", "", List.of(), null))))
                .isInstanceOf(NewsProblem.class).hasMessage("news.error.unknownCategory");
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> articles.describe(id,
                new ArticleFacts(null, "", List.of(), null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anArticleBodyIsCleanedLikeALessonOnThePageAndInTheFeed() throws Exception {
        EditorialItem item = Users.as(users, "bientap", () -> articles.createDraft("Tin có mã độc"));
        Users.run(users, "bientap", () -> editorial.save(item.getId(), new Draft("Tin có mã độc", "Tóm tắt.",
                "Đoạn văn.<script>alert(1)</script>\n\n[bấm vào](javascript:alert(2)) <img src=x onerror=alert(3)>"), null));
        Users.run(users, "xuatban", () -> editorial.publish(item.getId()));
        String slug = Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow().getSlug());
        String html = catalog.article(slug).orElseThrow().text().html();
        assertThat(html).contains("Đoạn văn.").doesNotContain("<script", "javascript:", "<img");
        String xml = mvc.perform(get("/feed/news.atom")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).doesNotContain("<script", "javascript:", "<img");
    }

    @Test
    void aCoverIsPublicOnlyOnceItsArticleIs() throws Exception {
        EditorialItem item = Users.as(users, "bientap", () -> articles.createDraft("Tin có ảnh bìa"));
        long id = Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow().getId());
        long cover = Users.as(users, "bientap", () -> articles.replaceCover(id, "bia.jpg", png(900, 500)));
        assertThatThrownBy(() -> Users.run(users, "bientap", () -> articles.replaceCover(id, "bia.png",
                "không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessage("media.error.notImage");
        assertThat(Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow().getCoverMediaId()))
                .isEqualTo(cover);
        mvc.perform(get("/media/" + cover + "/800")).andExpect(status().isNotFound());
        Users.run(users, "xuatban", () -> editorial.publish(item.getId()));
        mvc.perform(get("/media/" + cover + "/800")).andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", org.hamcrest.Matchers.containsString("public")));
        assertThat(catalog.article(Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow()
                .getSlug())).orElseThrow().article().getCoverMediaId()).isEqualTo(cover);
    }

    private static byte[] png(int width, int height) {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        try (var out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> feedTitles(String path) throws Exception {
        String xml = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return ((Feed) new WireFeedInput().build(new StringReader(xml))).getEntries().stream()
                .map(Entry::getTitle).toList();
    }
}
