package vn.renluyen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void aHighlightedFragmentIsShownAsTheHighlighterMadeIt() {
        String marked = "x ".repeat(200) + "<mark>đảng</mark> &amp; dân";
        assertThat(Snippets.of(List.of(marked), "thân bài")).isEqualTo(marked);
        assertThat(Snippets.of(List.of(" kết; <mark>đảng</mark> "), "thân bài")).isEqualTo("kết; <mark>đảng</mark>");
    }

    @Test
    void withoutAFragmentTheBodysStartIsShownEscaped() {
        assertThat(Snippets.of(List.of(), "Viết 3 < 5 và <b>A & B</b>.")).isEqualTo(
                "Viết 3 &lt; 5 và &lt;b&gt;A &amp; B&lt;&#x2F;b&gt;.");
        assertThat(Snippets.of(null, "  ngắn  ")).isEqualTo("ngắn");
        assertThat(Snippets.of(List.of(""), null)).isEmpty();
    }

    @Test
    void aLongBodyIsCutAtAWordBeforeItIsEscaped() {
        String lead = Snippets.lead("Đảng viên ".repeat(40) + "<kết thúc>");
        assertThat(lead).startsWith("Đảng viên Đảng viên").endsWith("viên …")
                .hasSizeLessThanOrEqualTo(Snippets.NO_MATCH_LENGTH + 2).doesNotContain("<", "&");
        String oneWord = Snippets.lead("&".repeat(Snippets.NO_MATCH_LENGTH + 50));
        assertThat(oneWord).isEqualTo("&amp;".repeat(Snippets.NO_MATCH_LENGTH) + " …");
    }
}
