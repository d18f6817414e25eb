package vn.renluyen.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.renluyen.base.PortalI18nProvider;
import vn.renluyen.publishing.ItemKind;

class QuizPreviewTest {

    private final QuizPreview preview = new QuizPreview(new PortalI18nProvider());

    @Test
    void showsQuestionsWithTheCorrectAnswersMarkedAndTextEscaped() {
        String yaml = """
                pass_percent: 70
                draw: 1
                time_limit_minutes: 15
                max_attempts: 3
                grading: highest
                review: after_pass
                questions:
                  - { id: q1, type: single, text: "Chọn <b>một</b>", explanation: "Vì thế.", options: [{ id: a, text: "Đúng là A", correct: true }, { id: b, text: "B" }] }
                """;
        String html = preview.previewHtml(ItemKind.QUIZ, yaml).orElseThrow();
        assertThat(html).contains("1 câu; mỗi lần làm rút 1 câu, trong 15 phút, đạt từ 70%; tối đa 3 lần làm.")
                .contains("✓ Đúng là A").contains("Chọn &lt;b&gt;một&lt;/b&gt; (một lựa chọn)").doesNotContain("<b>");
    }

    @Test
    void explainsWhyABankCannotBeUsed() {
        assertThat(preview.previewHtml(ItemKind.QUIZ, "questions: []").orElseThrow())
                .contains("Tệp không có câu hỏi nào");
    }

    @Test
    void leavesOtherKindsToMarkdown() {
        assertThat(preview.previewHtml(ItemKind.MODULE, "# Bài")).isEmpty();
    }
}
