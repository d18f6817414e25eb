package vn.renluyen.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.ui.LessonSection;
import vn.renluyen.quiz.LessonQuizzes;
import vn.renluyen.quiz.QuizDefinition;
import vn.renluyen.security.CurrentUser;

/** The quiz block at the end of a lesson: its rules, the learner's standing and the way in. */
@org.springframework.stereotype.Component
class LessonQuizSection implements LessonSection {

    private final LessonQuizzes quizzes;
    private final CurrentUser currentUser;

    LessonQuizSection(LessonQuizzes quizzes, CurrentUser currentUser) {
        this.quizzes = quizzes;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(CourseCatalog.Lesson lesson) {
        long moduleId = lesson.entry().moduleId();
        if (!quizzes.hasQuiz(moduleId)) {
            return null;
        }
        UI ui = UI.getCurrent();
        Div block = new Div();
        block.addClassName("lesson-quiz");
        block.add(new H2(ui.getTranslation("quiz.lesson.title")));
        RouterLink go = new RouterLink(LessonQuizView.class, new RouteParameters(Map.of(
                "course", lesson.course().getSlug(), "module", lesson.entry().slug())));
        go.addClassName("quiz-go");
        if (currentUser.get().isEmpty()) {
            block.add(new Paragraph(ui.getTranslation("quiz.lesson.loginToTake")));
            return block;
        }
        LessonQuizzes.Standing standing = quizzes.standing(moduleId).orElseThrow();
        block.add(new Paragraph(rules(ui, standing.rules())));
        if (standing.passed()) {
            block.add(new Paragraph(ui.getTranslation("quiz.lesson.passed", Percent.of(standing.recordedPercent()))));
            go.setText(ui.getTranslation("quiz.lesson.seeResults"));
        } else if (standing.open() != null) {
            go.setText(ui.getTranslation("quiz.lesson.resume"));
        } else if (standing.attemptsLeft() > 0) {
            go.setText(ui.getTranslation("quiz.lesson.take"));
        } else {
            block.add(new Paragraph(ui.getTranslation("quiz.lesson.noneLeft")));
            go.setText(ui.getTranslation("quiz.lesson.seeResults"));
        }
        block.add(go);
        return block;
    }

    static String rules(UI ui, QuizDefinition rules) {
        return ui.getTranslation("quiz.lesson.rules", rules.draw(), rules.timeLimitMinutes(), rules.passPercent(),
                rules.maxAttempts());
    }
}
