package vn.renluyen.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.base.MediaService;
import vn.renluyen.news.NewsCatalog;
import vn.renluyen.stories.StoryCatalog;

/** content/stories and content/news with their images: checked fully, a bad file changes nothing. */
@PortalIntegrationTest
class StoriesAndNewsImportIT {

    private static final String VOCABULARY = "fields:\n  giao-duc: \"Giáo dục\"\nnews_categories:\n"
            + "  hoat-dong-co-so: \"Hoạt động cơ sở\"\n";

    @Autowired
    ContentImporter importer;
    @Autowired
    StoryCatalog stories;
    @Autowired
    NewsCatalog news;
    @Autowired
    MediaService media;

    @Test
    void aStoryWithItsPhotoAndAnArticleWithItsCoverImportOnce() {
        String slug = "thu-" + UUID.randomUUID().toString().substring(0, 8);
        ContentFixture content = new ContentFixture().write("vocabulary.yml", VOCABULARY)
                .writeBytes("media/chan-dung.png", png(640, 480))
                .write("stories/" + slug + ".md", story("Cô giáo vùng cao", "photo: chan-dung.png\n"))
                .write("news/" + slug + ".md", article("Tin có ảnh bìa", "cover: chan-dung.png\n"));
        ImportReport report = importer.importFrom(content.root, p -> { });
        assertThat(report.problems()).extracting(ContentProblem::path).containsOnly("courses");
        var profile = stories.profile(slug).orElseThrow().profile();
        assertThat(profile.getPhotoMediaId()).isNotNull();
        assertThat(media.find(profile.getPhotoMediaId()).orElseThrow().contentType()).isEqualTo("image/jpeg");
        assertThat(news.article(slug).orElseThrow().article().getCoverMediaId()).isNotNull();
        assertThat(importer.importFrom(content.root, p -> { }).unchanged()).isEqualTo(2);

        content.writeBytes("media/chan-dung.png", png(800, 600));
        assertThat(importer.importFrom(content.root, p -> { }).updated()).isEqualTo(2);
        assertThat(stories.profile(slug).orElseThrow().profile().getPhotoMediaId())
                .isNotEqualTo(profile.getPhotoMediaId());
        assertThat(media.find(profile.getPhotoMediaId())).isEmpty();
    }

    @Test
    void aMissingOrBrokenImageOrAnUnknownFieldIsReportedAndNothingIsImported() {
        String slug = "loi-" + UUID.randomUUID().toString().substring(0, 8);
        ContentFixture content = new ContentFixture().write("vocabulary.yml", VOCABULARY)
                .write("media/gia-anh.png", "đây không phải ảnh")
                .write("stories/" + slug + "-a.md", story("Không có ảnh", "photo: khong-co.png\n"))
                .write("stories/" + slug + "-b.md", story("Ảnh hỏng", "photo: gia-anh.png\n"))
                .write("stories/" + slug + "-c.md", story("Ra ngoài", "photo: ../../etc/passwd\n"))
                .write("news/" + slug + "-d.md", article("Sai chuyên mục", "").replace("hoat-dong-co-so", "khong-co"))
                .write("news/" + slug + "-e.md", "---\ntitle: Thiếu ngày đăng\n---\nNội dung.\n");
        ImportReport report = importer.importFrom(content.root, p -> { });
        assertThat(report.problems()).extracting(p -> p.path() + ":" + p.line() + " " + p.reasonKey()).contains(
                "stories/" + slug + "-a.md:6 content.problem.noMedia",
                "stories/" + slug + "-b.md:0 media.error.notImage",
                "stories/" + slug + "-c.md:6 content.problem.mediaOutside",
                "news/" + slug + "-d.md:3 content.problem.unknownCategory",
                "news/" + slug + "-e.md:1 content.problem.missingKey");
        assertThat(report.created()).isZero();
        assertThat(stories.profile(slug + "-b")).isEmpty();
        assertThat(news.article(slug + "-d")).isEmpty();
    }

    private static String story(String title, String extra) {
        return "---\ntitle: \"" + title + "\"\nperson: \"Nguyễn Thị Minh Hoạ\"\norganization: \"Chi bộ minh hoạ\"\n"
                + "field: giao-duc\n" + extra + "achievements:\n  - { year: 2024, text: \"Giáo viên dạy giỏi\" }\n"
                + "published: 2026-03-01\ntags: [giáo dục]\n---\nCâu chuyện minh hoạ.\n";
    }

    private static String article(String title, String extra) {
        return "---\ntitle: \"" + title + "\"\ncategory: hoat-dong-co-so\nsummary: Tóm tắt.\n" + extra
                + "author: Ban biên tập\npublished: 2026-04-02\ntags: [thử nghiệm]\n---\nNội dung tin minh hoạ.\n";
    }

    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(179, 38, 30));
        g.fillRect(0, 0, width, height);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
