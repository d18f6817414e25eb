package vn.renluyen.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.SearchIndex;
import vn.renluyen.Users;
import vn.renluyen.content.ContentImporter;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.publishing.EditorialService;

/** Vietnamese search over lessons in MariaDB and the Lucene index, through the outbox. */
@PortalIntegrationTest
class SearchServiceIT {

    @Autowired
    SearchService search;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void importCollisions(@Autowired ContentImporter importer, @Autowired JdbcTemplate jdbc) throws IOException {
        Path root = Files.createTempDirectory("rl-search");
        write(root, "courses/thu-nghiem-tim-kiem/course.md", "---\ntitle: Khoá thử tìm kiếm\naudience: member\n---\nGiới thiệu.\n");
        write(root, "courses/thu-nghiem-tim-kiem/01-hoa-hoc.md", lesson("Hoá học trong đời sống", 1,
                "Bài về hoá học và các phản ứng hoá học quen thuộc."));
        write(root, "courses/thu-nghiem-tim-kiem/02-hoa-binh.md", lesson("Hoà bình và hợp tác", 2,
                "Giữ gìn hoà bình, hữu nghị và hợp tác."));
        write(root, "courses/thu-nghiem-tim-kiem/03-hoa-sen.md", lesson("Hoa sen trong văn hoá", 3,
                "Hoa sen, hoa huệ và hoa đào trong đời sống; một bài hoa hoa hoa."));
        write(root, "courses/thu-nghiem-tim-kiem/04-thuy-loi.md", lesson("Thuỷ lợi nội đồng", 4,
                "Công trình thuỷ lợi phục vụ sản xuất."));
        write(root, "courses/thu-nghiem-tim-kiem/05-thuy-loi-ban.md", lesson("Thuỷ lôi và bảo vệ biển", 5,
                "Lịch sử thuỷ lôi."));
        write(root, "courses/thu-nghiem-tim-kiem/07-hai-dang.md", lesson("Hải đăng trên đảo xa", 7,
                "Người giữ hải đăng."));
        write(root, "courses/thu-nghiem-tim-kiem/06-nhap.md", "---\ntitle: Bản nháp bí mật về hoá học\norder: 6\n"
                + "draft: true\n---\nChưa xuất bản: hoá học.\n");
        write(root, "courses/thu-nghiem-tim-kiem/08-ghi-chep.md", lesson("Ghi chép ngắn", 8,
                "Tự học, sửa bài và soi lại."));
        write(root, "courses/thu-nghiem-tim-kiem/09-sinh-hoat.md", lesson("Sinh hoạt chi bộ định kỳ", 9,
                ("Chi bộ họp mỗi tháng một lần, bàn việc của thôn và của từng đảng viên. ").repeat(300)
                        + "Mỗi đảng viên tự soi, tự sửa trước chi bộ. "
                        + ("Chi uỷ chuẩn bị nội dung, ghi biên bản và theo dõi nghị quyết. ").repeat(300)
                        + "Tinh thần tự soi, tự sửa được nhắc lại ở cuối buổi."));
        write(root, "courses/thu-nghiem-tim-kiem/10-dau-so-sanh.md", lesson("Dấu so sánh trong bảng tính", 10,
                "Viết 3 < 5 và 7 > 2; A & B."));
        importer.importFrom(root, p -> { });
        SearchIndex.awaitOutboxEmpty(jdbc);
    }

    @Test
    void exactDiacriticsRankTheRightWordFirst() {
        assertThat(titles("hóa học")).first().isEqualTo("Hoá học trong đời sống");
        assertThat(titles("hòa bình")).first().isEqualTo("Hoà bình và hợp tác");
        assertThat(titles("thủy lợi")).first().isEqualTo("Thuỷ lợi nội đồng");
        assertThat(titles("thuỷ lôi")).first().isEqualTo("Thuỷ lôi và bảo vệ biển");
    }

    @Test
    void queriesWithoutDiacriticsFindTheDocumentsAndPreferWholeWords() {
        assertThat(titles("hoa hoc")).first().isEqualTo("Hoá học trong đời sống");
        assertThat(titles("hoa binh")).first().isEqualTo("Hoà bình và hợp tác");
        assertThat(titles("cong tac dang vien")).isNotEmpty();
        assertThat(titles("dieu le dang")).first().isEqualTo("Nội dung cơ bản của Điều lệ Đảng");
        assertThat(titles("Điều lệ Đảng")).first().isEqualTo("Nội dung cơ bản của Điều lệ Đảng");
    }

    /** A long lesson's body length does not count against it, and the phrase beats the same syllables scattered. */
    @Test
    void aPhraseInALongBodyOutranksItsSyllablesScatteredInAShortOne() {
        assertThat(search.search(SearchQuery.of("tự soi tự sửa"), Set.of(), "thu-nghiem-tim-kiem", 0, 5).hits())
                .extracting(SearchHit::title).first().isEqualTo("Sinh hoạt chi bộ định kỳ");
        assertThat(search.search(SearchQuery.of("tu soi tu sua"), Set.of(), "thu-nghiem-tim-kiem", 0, 5).hits())
                .extracting(SearchHit::title).first().isEqualTo("Sinh hoạt chi bộ định kỳ");
    }

    /**
     * The page is ranked in two steps (the best candidates of the cheap clauses first, then the other matches), yet
     * every match is on exactly one page: also a lesson those clauses cannot see (none of the query's syllable
     * pairs, none of its syllables in the title: "Ghi chép ngắn" says "Tự học, sửa bài và soi lại").
     */
    @Test
    void everyMatchIsOnExactlyOnePageAlsoOneWithoutAnyPairOfTheQuerysSyllables() {
        SearchQuery query = SearchQuery.of("tự soi sửa");
        SearchResults all = search.search(query, Set.of(), "thu-nghiem-tim-kiem", 0, 50);
        List<String> titles = all.hits().stream().map(SearchHit::title).toList();
        assertThat(titles).contains("Ghi chép ngắn", "Sinh hoạt chi bộ định kỳ").hasSize((int) all.total());
        assertThat(titles.getFirst()).isEqualTo("Sinh hoạt chi bộ định kỳ");
        List<String> pageByPage = java.util.stream.IntStream.range(0, titles.size())
                .mapToObj(i -> search.search(query, Set.of(), "thu-nghiem-tim-kiem", i, 1).hits())
                .flatMap(List::stream).map(SearchHit::title).toList();
        assertThat(pageByPage).isEqualTo(titles);
        assertThat(search.search(query, Set.of(), "thu-nghiem-tim-kiem", titles.size(), 10).hits()).isEmpty();
    }

    @Test
    void oneExtraWordDoesNotEmptyTheResult() {
        assertThat(titles("hoá học hiện đại")).first().isEqualTo("Hoá học trong đời sống");
    }

    @Test
    void titlesAreSuggestedFromTheSecondCharacterWithOrWithoutDiacritics() {
        assertThat(search.suggest("d", 5)).isEmpty();
        assertThat(search.suggest("dieu l", 5)).extracting(SearchService.Suggestion::title)
                .contains("Nội dung cơ bản của Điều lệ Đảng");
        assertThat(search.suggest("Hoá h", 5)).extracting(SearchService.Suggestion::title)
                .first().isEqualTo("Hoá học trong đời sống");
        assertThat(search.suggest("hải đă", 5)).extracting(SearchService.Suggestion::url)
                .allMatch(url -> url.startsWith("/khoa-hoc/"));
    }

    @Test
    void draftsAreNeverFound() {
        assertThat(titles("bản nháp bí mật")).doesNotContain("Bản nháp bí mật về hoá học");
    }

    @Test
    void snippetsAreEscapedTextWithOnlyMarkMarkup() {
        // Within the test course: a real news item also says "phản ứng", and ranks by its own merits.
        SearchHit hit = search.search(SearchQuery.of("phản ứng"), Set.of(), "thu-nghiem-tim-kiem", 0, 5).hits().getFirst();
        assertThat(hit.snippet()).contains("<mark>phản</mark> <mark>ứng</mark>");
        assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        assertThat(hit.url()).isEqualTo("/khoa-hoc/thu-nghiem-tim-kiem/hoa-hoc");
        assertThat(hit.type()).isEqualTo("module");
    }

    /** Found by its title alone, a lesson shows the start of its body, escaped like any snippet. */
    @Test
    void aMatchByTheTitleAloneShowsTheEscapedStartOfTheBody() {
        SearchHit hit = search.search(SearchQuery.of("dau so sanh"), Set.of(), "thu-nghiem-tim-kiem", 0, 5).hits()
                .getFirst();
        assertThat(hit.title()).isEqualTo("Dấu so sánh trong bảng tính");
        assertThat(hit.snippet()).isEqualTo("Viết 3 &lt; 5 và 7 &gt; 2; A &amp; B.");
    }

    @Test
    void facetsCountTypesAndCourses() {
        SearchResults results = search.search(SearchQuery.of("hoa"), Set.of(), null, 0, 10);
        assertThat(results.types()).containsKey("module");
        assertThat(results.courses()).containsKey("thu-nghiem-tim-kiem");
        SearchResults filtered = search.search(SearchQuery.of("hoa"), Set.of(), "thu-nghiem-tim-kiem", 0, 50);
        assertThat(filtered.hits()).allMatch(h -> h.url().startsWith("/khoa-hoc/thu-nghiem-tim-kiem/"));
    }

    @Test
    void anArchivedLessonLeavesTheResults(@Autowired CourseCatalog catalog, @Autowired EditorialService editorial,
            @Autowired UserDetailsService users) {
        assertThat(titles("hải đăng")).contains("Hải đăng trên đảo xa");
        long itemId = catalog.lesson("thu-nghiem-tim-kiem", "hai-dang").orElseThrow().entry().editorialItemId();
        Users.run(users, "xuatban", () -> editorial.archive(itemId));
        SearchIndex.awaitOutboxEmpty(jdbc);
        assertThat(titles("hải đăng")).doesNotContain("Hải đăng trên đảo xa");
    }

    @Test
    void badInputGetsResultsOrNothingNeverAnError() {
        List<String> inputs = List.of("", "   ", "\"", "*", ":", "(", "~", "\\", "title:hoá", "hoá*", "\"hoá học",
                "<script>alert(1)</script>", "hoá\u0000học\u0007", "%E0%A4%A", "AND OR NOT", "?");
        for (String input : inputs) {
            SearchResults results = search.search(SearchQuery.of(input), Set.of(), null, 0, 10);
            assertThat(results.total()).as(input).isGreaterThanOrEqualTo(0);
        }
        assertThat(titles("hoá\u0000học")).first().isEqualTo("Hoá học trong đời sống");
        assertThatThrownBy(() -> SearchQuery.of("a".repeat(10_000))).isInstanceOf(SearchQuery.QueryTooLong.class);
        assertThat(SearchQuery.of("một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba").terms())
                .hasSize(SearchQuery.MAX_TERMS);
    }

    private List<String> titles(String query) {
        return search.search(SearchQuery.of(query), Set.of(), null, 0, 10).hits().stream().map(SearchHit::title)
                .toList();
    }

    private static String lesson(String title, int order, String body) {
        return "---\ntitle: " + title + "\norder: " + order + "\n---\n" + body + "\n";
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
