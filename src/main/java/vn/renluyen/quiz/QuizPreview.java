package vn.renluyen.quiz;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import vn.renluyen.base.PortalI18nProvider;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.PreviewRenderer;

/**
 * Shows a question bank to its editor as questions with the correct answers marked, or the reason it
 * cannot be used. Built with jsoup elements, so every text is escaped.
 */
@Component
class QuizPreview implements PreviewRenderer {

    private final PortalI18nProvider i18n;

    QuizPreview(PortalI18nProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public Optional<String> previewHtml(ItemKind kind, String body) {
        if (kind != ItemKind.QUIZ) {
            return Optional.empty();
        }
        Locale locale = PortalI18nProvider.VIETNAMESE;
        Element root = new Element("div").addClass("quiz-preview");
        try {
            QuizDefinition quiz = QuizParser.parse(body);
            root.appendElement("p").addClass("quiz-rules").text(i18n.getTranslation("quiz.preview.rules", locale,
                    quiz.questions().size(), quiz.draw(), quiz.timeLimitMinutes(), quiz.passPercent(),
                    quiz.maxAttempts()));
            Element list = root.appendElement("ol");
            for (QuizDefinition.Question q : quiz.questions()) {
                Element item = list.appendElement("li");
                item.appendElement("p").addClass("quiz-question").text(q.text() + " ("
                        + i18n.getTranslation("quiz.type." + q.type().name().toLowerCase(Locale.ROOT), locale) + ")");
                Element options = item.appendElement("ul");
                for (QuizDefinition.Option o : q.options()) {
                    options.appendElement("li").addClass(o.correct() ? "quiz-correct" : "quiz-wrong")
                            .text((o.correct() ? "✓ " : "") + o.text());
                }
                item.appendElement("p").addClass("quiz-explanation").text(q.explanation());
            }
        } catch (QuizFileException e) {
            root.appendElement("p").addClass("quiz-invalid")
                    .text(i18n.getTranslation(e.messageKey(), locale, e.arguments()));
        }
        return Optional.of(root.outerHtml());
    }
}
