package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](javascript&#58;alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<iframe src=\"https://example.org\"></iframe>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<svg onload=alert(1)>",
            "<p onclick=\"alert(1)\">x</p>",
            "<style>body{display:none}</style>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<base href=\"javascript:/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "[a](https://example.org \"t\" onmouseover=alert(1))",
            "<details open ontoggle=alert(1)>",
            "```\n</code><script>alert(1)</script>\n```",
            "<a href=x onmouseover=alert(1)>x</a>",
            "[x](  javascript:alert(1))");

    private static final Set<String> ALLOWED_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "em",
            "strong", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br", "table", "thead", "tbody", "tr",
            "th", "td", "body", "html", "head", "span", "div", "#root");

    @ParameterizedTest
    @FieldSource("XSS")
    void noPayloadSurvivesAsMarkup(String payload) {
        String html = renderer.render("Đoạn văn.\n\n" + payload + "\n\nHết.").html();
        for (Element element : Jsoup.parse(html).getAllElements()) {
            assertThat(ALLOWED_TAGS).as("tag in %s", html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style");
                if (name.equals("href") || name.equals("src")) {
                    String url = attribute.getValue().trim().toLowerCase(Locale.ROOT);
                    assertThat(url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")
                            || url.startsWith("#") || url.startsWith("/") || !url.contains(":"))
                            .as("url %s in %s", url, html).isTrue();
                }
            }
        }
    }

    @Test
    void headingsGetAsciiIdsForTheTableOfContents() {
        MarkdownRenderer.Rendered rendered = renderer.render("""
                ## Mục tiêu bài học
                Văn bản.
                ### Đảng Cộng sản Việt Nam ra đời
                ## Mục tiêu bài học
                """);
        assertThat(rendered.headings()).extracting(MarkdownRenderer.Heading::id)
                .containsExactly("muc-tieu-bai-hoc", "dang-cong-san-viet-nam-ra-doi", "muc-tieu-bai-hoc-2");
        assertThat(rendered.html()).contains("<h2 id=\"muc-tieu-bai-hoc\">Mục tiêu bài học</h2>");
    }

    @Test
    void listsTablesAndLinksSurvive() {
        String html = renderer.render("""
                - một
                - hai

                | A | B |
                |---|---|
                | 1 | 2 |

                [Nghị quyết](https://example.org/nq) và [mục](#muc)
                """).html();
        assertThat(html).contains("<li>một</li>", "<table>", "href=\"https://example.org/nq\"", "href=\"#muc\"",
                "rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void countsWordsAndReadingMinutes() {
        MarkdownRenderer.Rendered rendered = renderer.render("từ ".repeat(360));
        assertThat(rendered.words()).isEqualTo(360);
        assertThat(rendered.readingMinutes()).isEqualTo(2);
    }
}
