package vn.renluyen.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void aLongSnippetWithoutMatchesIsCutAtAWordAndNeverInsideAnEntity() {
        String text = "Đảng viên ".repeat(40) + "&quot;kết thúc&quot;";
        String cut = Snippets.shorten(text);
        assertThat(cut).endsWith(" …").hasSizeLessThanOrEqualTo(Snippets.NO_MATCH_LENGTH + 2);
        assertThat(cut).startsWith("Đảng viên Đảng viên");
        String entities = "a".repeat(Snippets.NO_MATCH_LENGTH - 3) + "&amp;bbbbbbbbbb";
        assertThat(Snippets.shorten(entities)).doesNotContain("&am").endsWith(" …");
    }

    @Test
    void snippetsWithMarksOrShortOnesStayAsTheyAre() {
        String marked = "x ".repeat(200) + "<mark>đảng</mark>";
        assertThat(Snippets.shorten(marked)).isEqualTo(marked);
        assertThat(Snippets.shorten("ngắn")).isEqualTo("ngắn");
        assertThat(Snippets.shorten(null)).isEmpty();
    }
}
