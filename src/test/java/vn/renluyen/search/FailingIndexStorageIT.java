package vn.renluyen.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.renluyen.SearchIndex;
import vn.renluyen.TestDatabase;
import vn.renluyen.Users;
import vn.renluyen.news.ArticleService;
import vn.renluyen.news.NewsCatalog;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;

/**
 * The index storage fails while the portal runs ({@link FailingIndexStorage}): public pages are still served, search
 * answers with a message (page and API, no 500, no stack trace), the health endpoint says DEGRADED with HTTP 200.
 * An article published meanwhile is committed; Hibernate Search gives its indexing up (ABORTED, after three
 * attempts one second apart here); once the storage works again the portal queues it again and it is found.
 */
@SpringBootTest(properties = {"portal.demo-data=true", "spring.datasource.hikari.maximum-pool-size=4",
        "portal.publishing.scheduler.enabled=false",
        "spring.jpa.properties.hibernate.search.backend.directory.type=class:vn.renluyen.search.FailingIndexStorage",
        "spring.jpa.properties.hibernate.search.coordination.event_processor.retry_delay=1",
        "portal.search.outbox-recovery-interval=500ms"})
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("own-context")
class FailingIndexStorageIT extends SpringBrowserlessTest {

    private static final String PASSWORD = "RenLuyen@2026";
    private static final String UNAVAILABLE = "Chức năng tìm kiếm tạm thời gián đoạn. Các trang vẫn đọc được bình "
            + "thường; vui lòng thử tìm lại sau ít phút.";
    private static final String TITLE = "Chi bộ thôn Đông Hoà học tập chuyên đề về phòng chống thiên tai";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SearchService search;
    @Autowired
    ArticleService articles;
    @Autowired
    EditorialService editorial;
    @Autowired
    NewsCatalog news;
    @Autowired
    UserDetailsService users;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void storageWorks() {
        FailingIndexStorage.fail(false);
    }

    @Test
    void pagesAreServedSearchIsDegradedAndChangesMadeMeanwhileReachTheIndexAfterwards() throws Exception {
        SearchIndex.awaitOutboxEmpty(jdbc);
        assertThat(search.search(SearchQuery.of("dieu le dang"), Set.of(), null, 0, 5).total()).isPositive();
        health("UP");

        FailingIndexStorage.fail(true);

        navigate("", Component.class);
        assertThat(find(H1.class).first().getText()).isEqualTo("Học tập, rèn luyện, phấn đấu");
        navigate("khoa-hoc/boi-duong-nhan-thuc-ve-dang/noi-dung-co-ban-cua-dieu-le-dang", Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Nội dung cơ bản của Điều lệ Đảng");
        navigate("tin-tuc/chi-bo-ven-bien-doi-moi-sinh-hoat-chuyen-de", Component.class);
        assertThat(find(H1.class).single().getText()).startsWith("Sinh hoạt chi bộ theo chuyên đề");

        UI.getCurrent().navigate("tim-kiem", QueryParameters.of("q", "dieu le dang"));
        assertThat(find(Paragraph.class).withClassName("search-help").single().getText()).isEqualTo(UNAVAILABLE);
        mvc.perform(get("/api/search").param("q", "điều lệ đảng"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Tìm kiếm tạm thời không hoạt động"))
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(content().string(not(containsString("Exception"))));
        assertThat(search.suggest("dieu le", 5)).as("the header box offers nothing").isEmpty();
        health("DEGRADED");

        // An edit while the index is away: committed, and its indexing given up by Hibernate Search.
        String slug = publishArticle();
        assertThat(news.article(slug)).isPresent();
        awaitTrue("Hibernate Search gives the indexing up", () -> jdbc.queryForObject(
                "select count(*) from hsearch_outbox_event where status = 'ABORTED'", Long.class) > 0);
        health("DEGRADED");

        FailingIndexStorage.fail(false);

        awaitTrue("the article published meanwhile is found", () -> search.search(
                SearchQuery.of("phong chong thien tai"), Set.of("article"), null, 0, 5).hits().stream()
                .anyMatch(hit -> hit.slug().equals(slug)));
        SearchIndex.awaitOutboxEmpty(jdbc);
        health("UP");
        UI.getCurrent().navigate("tim-kiem", QueryParameters.of("q", "phong chong thien tai"));
        assertThat(find(Anchor.class).withClassName("search-hit-title").all()).extracting(Anchor::getText)
                .contains(TITLE);
    }

    private String publishArticle() {
        EditorialItem item = Users.as(users, "bientap", () -> articles.createDraft(TITLE));
        Users.run(users, "bientap", () -> {
            editorial.save(item.getId(), new Draft(TITLE, "Tin minh hoạ viết khi chỉ mục tìm kiếm bị hỏng.",
                    "Nội dung **minh hoạ** về buổi học tập chuyên đề phòng chống thiên tai."), null);
            editorial.submit(item.getId());
        });
        Users.run(users, "xuatban", () -> editorial.publish(item.getId()));
        return Users.as(users, "bientap", () -> articles.ofItem(item.getId()).orElseThrow().getSlug());
    }

    private void health(String searchStatus) throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(searchStatus))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.searchIndex.status").value(searchStatus));
    }

    /** Polls with a deadline: the outbox is processed in the background. */
    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within 60 s: " + what);
            }
            Thread.sleep(50);
        }
    }
}
