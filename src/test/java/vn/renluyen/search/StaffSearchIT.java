package vn.renluyen.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import vn.renluyen.news.ArticleService;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.EditorialState;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.WorkingCopy;

/**
 * Staff search over unpublished content on MariaDB and the Lucene index, through the outbox: who may use it, what
 * it finds (and what the public search and /api/search still do not), states, snippets and editor links.
 */
@PortalIntegrationTest
class StaffSearchIT {

    @Autowired
    StaffSearch staff;
    @Autowired
    SearchService search;
    @Autowired
    EditorialService editorial;
    @Autowired
    ArticleService articles;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEditorFindsADraftByAWordOnlyInItWithAndWithoutDiacritics() {
        long id = draft("bientap", "Tư liệu văn hoá Tây Nguyên", "Ghi chép của chi bộ.",
                "Đội **cồng chiêng** của thôn <script>x</script> biểu diễn.");
        SearchIndex.awaitOutboxEmpty(jdbc);

        for (String q : List.of("cồng chiêng", "cong chieng", "CỒNG CHIÊNG")) {
            StaffHit hit = hit("bientap", q, id);
            assertThat(hit.title()).as(q).isEqualTo("Tư liệu văn hoá Tây Nguyên");
            assertThat(hit.kind()).isEqualTo(ItemKind.ARTICLE);
            assertThat(hit.state()).isEqualTo(EditorialState.DRAFT);
            assertThat(hit.returned()).isFalse();
            assertThat(hit.publishedRevision()).isNull();
            assertThat(hit.url()).isEqualTo("/bien-tap/" + id).isEqualTo(WorkingCopy.editorPath(id));
            assertThat(hit.snippet()).as(q).contains("<mark>cồng</mark> <mark>chiêng</mark>")
                    .contains("&lt;script&gt;").doesNotContain("**");
            assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        }
        assertThat(hit("bientap", "tây nguyên", id).snippet()).as("by the title alone: the body's start")
                .startsWith("Ghi chép của chi bộ.").contains("&lt;script&gt;").doesNotContain("<mark>", "<script>");
        assertThat(hit("xuatban", "cồng chiêng", id)).isNotNull();
        assertThat(publicTitles("cồng chiêng")).doesNotContain("Tư liệu văn hoá Tây Nguyên");
        assertThat(publicTitles("cong chieng")).doesNotContain("Tư liệu văn hoá Tây Nguyên");
    }

    @Test
    void staffFindTheNewestDraftOfAPublishedItemWhileThePublicStillReadsThePublishedText() {
        long id = draft("bientap", "Nghề dệt thổ cẩm", "", "Chi bộ giữ nghề dệt thổ cẩm truyền thống.");
        run("xuatban", () -> editorial.publish(id));
        SearchIndex.awaitOutboxEmpty(jdbc);
        assertThat(publicTitles("thổ cẩm")).contains("Nghề dệt thổ cẩm");
        assertThat(ids(staff("bientap", "thổ cẩm"))).as("published, nothing unpublished").doesNotContain(id);

        run("bientap", () -> editorial.save(id, new Draft("Nghề dệt thổ cẩm vùng cao", "",
                "Chi bộ giữ nghề dệt thổ cẩm; thêm đoạn về hoa văn phượng vĩ."), null));
        SearchIndex.awaitOutboxEmpty(jdbc);
        StaffHit draft = hit("bientap", "phượng vĩ", id);
        assertThat(draft.title()).isEqualTo("Nghề dệt thổ cẩm vùng cao");
        assertThat(draft.state()).isEqualTo(EditorialState.DRAFT);
        assertThat(draft.publishedRevision()).isEqualTo(2);
        assertThat(hit("bientap", "tho cam", id).title()).isEqualTo("Nghề dệt thổ cẩm vùng cao");
        assertThat(publicTitles("phượng vĩ")).doesNotContain("Nghề dệt thổ cẩm", "Nghề dệt thổ cẩm vùng cao");
        assertThat(publicTitles("thổ cẩm")).contains("Nghề dệt thổ cẩm").doesNotContain("Nghề dệt thổ cẩm vùng cao");

        run("xuatban", () -> editorial.publish(id));
        SearchIndex.awaitOutboxEmpty(jdbc);
        assertThat(ids(staff("bientap", "phượng vĩ"))).doesNotContain(id);
        assertThat(publicTitles("phượng vĩ")).contains("Nghề dệt thổ cẩm vùng cao");
    }

    @Test
    void everyUnpublishedStateIsFoundWithItsStateAndWhatReadersSee() {
        long inReview = draft("bientap", "Khoai lang chờ duyệt", "", "Mô hình trồng khoai lang.");
        run("bientap", () -> editorial.submit(inReview));
        long returned = draft("bientap", "Khoai lang bị trả lại", "", "Mô hình trồng khoai lang.");
        run("bientap", () -> editorial.submit(returned));
        run("xuatban", () -> editorial.returnWithComment(returned, "Bổ sung số liệu."));
        long scheduled = draft("bientap", "Khoai lang hẹn giờ", "", "Mô hình trồng khoai lang.");
        run("xuatban", () -> editorial.schedule(scheduled, clock.instant().plus(Duration.ofDays(3))));
        long archived = draft("bientap", "Khoai lang đã lưu trữ", "", "Mô hình trồng khoai lang.");
        run("xuatban", () -> editorial.publish(archived));
        run("xuatban", () -> editorial.archive(archived));
        long published = draft("bientap", "Khoai lang đã xuất bản", "", "Mô hình trồng khoai lang.");
        run("xuatban", () -> editorial.publish(published));
        SearchIndex.awaitOutboxEmpty(jdbc);

        StaffResults results = staff("xuatban", "khoai lang");
        assertThat(ids(results)).contains(inReview, returned, scheduled, archived).doesNotContain(published);
        assertThat(hit("xuatban", "khoai lang", inReview).state()).isEqualTo(EditorialState.IN_REVIEW);
        StaffHit back = hit("xuatban", "khoai lang", returned);
        assertThat(back.state()).isEqualTo(EditorialState.DRAFT);
        assertThat(back.returned()).isTrue();
        assertThat(hit("xuatban", "khoai lang", scheduled).state()).isEqualTo(EditorialState.SCHEDULED);
        StaffHit gone = hit("xuatban", "khoai lang", archived);
        assertThat(gone.state()).isEqualTo(EditorialState.ARCHIVED);
        assertThat(gone.publishedRevision()).isEqualTo(2);
        assertThat(results.states()).containsKeys(EditorialState.IN_REVIEW, EditorialState.DRAFT,
                EditorialState.SCHEDULED, EditorialState.ARCHIVED).doesNotContainKey(EditorialState.PUBLISHED);
        assertThat(publicTitles("khoai lang")).contains("Khoai lang đã xuất bản").doesNotContain(
                "Khoai lang chờ duyệt", "Khoai lang bị trả lại", "Khoai lang hẹn giờ", "Khoai lang đã lưu trữ");
    }

    @Test
    void membersCandidatesSecretariesAdminsAndAnonymousVisitorsGetNoneOfIt() {
        draft("bientap", "Sầu riêng nội bộ", "", "Giống sầu riêng mới.");
        SearchIndex.awaitOutboxEmpty(jdbc);
        for (String username : List.of("dangvien", "quanchung", "bithu", "admin")) {
            assertThat(Users.as(users, username, staff::available)).as(username).isFalse();
            assertThatThrownBy(() -> staff(username, "sầu riêng")).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff(username, "")).as(username).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(staff.available()).isFalse();
        assertThatThrownBy(() -> staff.search(SearchQuery.of("sầu riêng"), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Users.as(users, "bientap", staff::available)).isTrue();
        assertThat(Users.as(users, "xuatban", staff::available)).isTrue();
        assertThat(staff("bientap", "sầu riêng").total()).isPositive();
    }

    @Test
    void theApiStaysPublishedOnlyEvenForStaff(@Autowired WebApplicationContext context) throws Exception {
        draft("bientap", "Rượu cần bản nháp", "", "Hũ rượu cần của bản.");
        SearchIndex.awaitOutboxEmpty(jdbc);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/api/search").param("q", "rượu")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/search").param("q", "ruou").with(user(users.loadUserByUsername("bientap"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        assertThat(staff("bientap", "ruou").hits()).extracting(StaffHit::title).contains("Rượu cần bản nháp");
    }

    @Test
    void aRebuildIndexesTheWorkingCopiesToo(@Autowired SearchIndexAdmin admin,
            @Autowired EntityManagerFactory entityManagerFactory) throws InterruptedException {
        long id = draft("bientap", "Gốm Chu Đậu", "", "Nghề gốm cổ.");
        SearchIndex.awaitOutboxEmpty(jdbc);
        assertThat(ids(staff("bientap", "gốm chu đậu"))).contains(id);

        Search.mapping(entityManagerFactory).scope(WorkingCopy.class).workspace().purge();
        assertThat(ids(staff("bientap", "gốm chu đậu"))).doesNotContain(id);
        assertThat(admin.needsRebuild()).as("one type's index alone is empty").isTrue();
        admin.rebuild(progress -> { });
        assertThat(ids(staff("bientap", "gốm chu đậu"))).contains(id);
        assertThat(admin.needsRebuild()).isFalse();
        long rows = jdbc.queryForObject("select (select count(*) from module) + (select count(*) from exemplary_profile)"
                + " + (select count(*) from article) + (select count(*) from member)"
                + " + (select count(*) from working_copy)", Long.class);
        assertThat(admin.indexedDocuments()).isEqualTo(rows);
    }

    /** A new article written in the portal (r1 the title, r2 the text), still a draft. */
    private long draft(String username, String title, String summary, String body) {
        return as(username, () -> {
            long id = articles.createDraft(title).getId();
            editorial.save(id, new Draft(title, summary, body), null);
            return id;
        });
    }

    private StaffHit hit(String username, String q, long itemId) {
        return staff(username, q).hits().stream().filter(h -> h.itemId() == itemId).findFirst()
                .orElseThrow(() -> new AssertionError(q + ": item " + itemId + " not found"));
    }

    private StaffResults staff(String username, String q) {
        return as(username, () -> staff.search(SearchQuery.of(q), 0, SearchService.MAX_LIMIT));
    }

    private static List<Long> ids(StaffResults results) {
        return results.hits().stream().map(StaffHit::itemId).toList();
    }

    private List<String> publicTitles(String q) {
        return search.search(SearchQuery.of(q), Set.of(), null, 0, SearchService.MAX_LIMIT).hits().stream()
                .map(SearchHit::title).toList();
    }

    private <T> T as(String username, Supplier<T> work) {
        return Users.as(users, username, work);
    }

    private void run(String username, Runnable work) {
        Users.run(users, username, work);
    }
}
