package vn.renluyen.curriculum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.Revision;

/** The catalogue, a course, a lesson and progress, as a visitor and as a learner sees them. */
@PortalIntegrationTest
class ReaderIT extends SpringBrowserlessTest {

    private static final String CANDIDATES = "boi-duong-nhan-thuc-ve-dang";

    @Autowired
    CourseCatalog catalog;
    @Autowired
    EditorialService editorial;
    @Autowired
    UserDetailsService users;
    @Autowired
    List<vn.renluyen.publishing.PublicLinks> publicLinks;

    @Test
    void theCatalogueListsTheProgramsWithAudienceAndPeriods() {
        navigate(CatalogView.class);
        List<String> titles = find(H2.class).all().stream().map(H2::getText).toList();
        assertThat(titles).contains("Bồi dưỡng nhận thức về Đảng", "Lý luận chính trị dành cho đảng viên mới",
                "Nghị quyết, quy định dành cho mọi đảng viên");
        assertThat(find(Span.class).withText("5 bài · 50 tiết").exists()).isTrue();
    }

    @Test
    void aVisitorReadsLessonThreeWithContentsNoticeAndNeighbours() {
        navigate("khoa-hoc/" + CANDIDATES + "/noi-dung-co-ban-cua-dieu-le-dang", LessonView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Nội dung cơ bản của Điều lệ Đảng");
        assertThat(find(Paragraph.class).withText("Nội dung tham khảo, chờ cán bộ tuyên giáo thẩm định").exists())
                .isTrue();
        List<Anchor> contents = find(Anchor.class).all().stream().filter(a -> a.getHref().startsWith("#")).toList();
        assertThat(contents).isNotEmpty();
        assertThat(contents.getFirst().getHref()).isEqualTo("#muc-tieu-bai-hoc");
        List<String> neighbours = find(RouterLink.class).withClassName("previous").all().stream()
                .map(l -> l.getElement().getTextRecursively()).toList();
        assertThat(neighbours.getFirst()).contains("Cương lĩnh xây dựng đất nước");
        assertThat(find(RouterLink.class).withClassName("next").single().getElement().getTextRecursively())
                .contains("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        assertThat(find(Paragraph.class).withText("Đăng nhập để cổng ghi nhận tiến độ học tập của bạn.").exists())
                .isTrue();
    }

    @Test
    void lessonsAndCoursesDescribeThemselvesForLinkPreviews(@Autowired CurriculumPages pages) {
        assertThat(pages.describe("/khoa-hoc/" + CANDIDATES + "/noi-dung-co-ban-cua-dieu-le-dang")).hasValueSatisfying(
                page -> assertThat(page.title()).isEqualTo("Nội dung cơ bản của Điều lệ Đảng"));
        assertThat(pages.describe("/khoa-hoc/" + CANDIDATES)).hasValueSatisfying(
                page -> assertThat(page.title()).isEqualTo("Bồi dưỡng nhận thức về Đảng"));
        assertThat(pages.describe("/khoa-hoc/khong-co")).isEmpty();
        assertThat(pages.describe("/tim-kiem")).isEmpty();
    }

    @Test
    void unknownCoursesAndLessonsAreNotFound() {
        navigate("khoa-hoc/khong-co", com.vaadin.flow.component.Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Không tìm thấy trang");
        navigate("khoa-hoc/" + CANDIDATES + "/khong-co-bai", com.vaadin.flow.component.Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Không tìm thấy trang");
    }

    @Test
    @WithUserDetails("quanchung")
    void aLearnerMarksALessonReadAndResumesWhereTheyLeftOff() {
        navigate("khoa-hoc/" + CANDIDATES + "/khai-quat-lich-su-dang", LessonView.class);
        test(find(Button.class).withText("Đánh dấu đã học").single()).click();
        assertThat(find(Span.class).withText("Bạn đã học xong bài này").exists()).isTrue();

        navigate("khoa-hoc/" + CANDIDATES + "/noi-dung-co-ban-cua-dieu-le-dang", LessonView.class);
        navigate("khoa-hoc/" + CANDIDATES, CourseView.class);
        assertThat(find(Span.class).withText("Đã học 1/5 bài").exists()).isTrue();
        assertThat(find(RouterLink.class).withClassName("resume-link").single().getText())
                .isEqualTo("Học tiếp: Nội dung cơ bản của Điều lệ Đảng");

        navigate("hoc-tap-cua-toi", com.vaadin.flow.component.Component.class);
        assertThat(find(RouterLink.class).withClassName("resume-link").all()).extracting(RouterLink::getText)
                .contains("Học tiếp: Nội dung cơ bản của Điều lệ Đảng");
    }

    @Test
    void anEditorChangesALessonAPublisherPublishesItAndTheOldVersionStays() {
        var lesson = catalog.lesson("nghi-quyet-quy-dinh-cho-dang-vien", "quy-dinh-37-qd-tw-nhung-dieu-dang-vien-khong-duoc-lam")
                .orElseThrow();
        long itemId = lesson.entry().editorialItemId();
        Revision current = editorial.publishedRevision(itemId).orElseThrow();
        String changed = current.getBody() + "\n\n## Ghi chú của ban biên tập\nĐối chiếu với văn bản đang có hiệu lực.";
        Users.run(users, "bientap", () -> {
            editorial.save(itemId, new Draft(current.getTitle(), current.getSummary(), changed), "Thêm ghi chú");
            editorial.submit(itemId);
        });
        // Not yet published: readers still see the first version.
        assertThat(catalog.lesson("nghi-quyet-quy-dinh-cho-dang-vien", lesson.entry().slug()).orElseThrow().revision())
                .isEqualTo(current.getNumber());
        Users.run(users, "xuatban", () -> editorial.publish(itemId));

        navigate("khoa-hoc/nghi-quyet-quy-dinh-cho-dang-vien/" + lesson.entry().slug(), LessonView.class);
        assertThat(find(Div.class).withClassName("prose").single().getElement().getProperty("innerHTML"))
                .contains("<h2 id=\"ghi-chu-cua-ban-bien-tap\">Ghi chú của ban biên tập</h2>");
        assertThat(find(Paragraph.class).withText("Nội dung tham khảo, chờ cán bộ tuyên giáo thẩm định").exists())
                .isFalse();
        var item = Users.as(users, "xuatban", () -> editorial.get(itemId));
        assertThat(publicLinks).map(links -> links.publicPath(item)).contains(
                java.util.Optional.of("khoa-hoc/nghi-quyet-quy-dinh-cho-dang-vien/" + lesson.entry().slug()));
        List<Revision> history = Users.as(users, "xuatban", () -> editorial.history(itemId));
        assertThat(history).hasSize(2);
        assertThat(history.getLast().getBody()).isEqualTo(current.getBody());
    }
}
