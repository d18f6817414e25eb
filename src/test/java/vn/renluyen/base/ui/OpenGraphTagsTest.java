package vn.renluyen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class OpenGraphTagsTest {

    @Test
    void writesTitleDescriptionAndOpenGraphTagsEscaped() {
        Document document = Jsoup.parse("<html><head><title>RènLuyện</title></head><body></body></html>");
        OpenGraphTags.write(document, new PageMetadata.Description("Điều lệ \"Đảng\"", "Tóm tắt <b>ngắn</b>", "article"),
                "https://renluyen.example", "/khoa-hoc/a/b", "RènLuyện");
        assertThat(document.title()).isEqualTo("Điều lệ \"Đảng\" · RènLuyện");
        assertThat(document.select("meta[property=og:title]").attr("content")).isEqualTo("Điều lệ \"Đảng\"");
        assertThat(document.select("meta[property=og:url]").attr("content")).isEqualTo("https://renluyen.example/khoa-hoc/a/b");
        assertThat(document.select("meta[name=description]").attr("content")).isEqualTo("Tóm tắt <b>ngắn</b>");
        assertThat(document.head().html()).contains("content=\"Tóm tắt &lt;b&gt;ngắn&lt;/b&gt;\"");
        assertThat(document.select("title")).hasSize(1);
    }

    @Test
    void anImageBecomesAnAbsoluteOpenGraphImage() {
        Document document = Jsoup.parse("<html><head></head><body></body></html>");
        OpenGraphTags.write(document, new PageMetadata.Description("Tin", "Tóm tắt", "article", "/media/7/1600"),
                "https://renluyen.example", "/tin-tuc/tin", "RènLuyện");
        assertThat(document.select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://renluyen.example/media/7/1600");
    }
}
