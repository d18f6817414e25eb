package vn.renluyen.quiz.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.renluyen.quiz.AttemptReview;

/** A graded attempt question by question: what was chosen, the right answer, and why. */
class ReviewList extends OrderedList {

    ReviewList(List<AttemptReview> review) {
        addClassName("quiz-review");
        for (AttemptReview question : review) {
            ListItem item = new ListItem();
            item.addClassName(question.credit() >= 1 ? "review-right" : question.credit() > 0 ? "review-partial"
                    : "review-wrong");
            Paragraph text = new Paragraph(question.text());
            text.addClassName("quiz-question-text");
            Span verdict = new Span(getTranslation(question.credit() >= 1 ? "quiz.review.right"
                    : question.credit() > 0 ? "quiz.review.partial" : "quiz.review.wrong"));
            verdict.addClassName("review-verdict");
            UnorderedList options = new UnorderedList();
            for (AttemptReview.ReviewedOption option : question.options()) {
                ListItem line = new ListItem(option.text());
                if (option.correct()) {
                    line.addClassName("option-correct");
                    line.add(new Span(" ✓ " + getTranslation("quiz.review.correctOption")));
                }
                if (option.chosen()) {
                    line.addClassName("option-chosen");
                    line.add(new Span(" · " + getTranslation("quiz.review.yourChoice")));
                }
                options.add(line);
            }
            Div explanation = new Div(new Span(getTranslation("quiz.review.explanation") + ": "),
                    new Span(question.explanation()));
            explanation.addClassName("review-explanation");
            item.add(verdict, text, options, explanation);
            add(item);
        }
    }
}
