package vn.renluyen.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.renluyen.base.ui.Countdown;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.ui.LessonView;
import vn.renluyen.quiz.LessonQuizzes;
import vn.renluyen.quiz.LessonQuizzes.AttemptSheet;
import vn.renluyen.quiz.LessonQuizzes.Outcome;
import vn.renluyen.quiz.LessonQuizzes.Standing;
import vn.renluyen.quiz.QuizProblem;

/**
 * /khoa-hoc/{course}/{module}/kiem-tra: a lesson's quiz. The page holds questions without answers;
 * each choice is saved as it is made, the countdown submits at zero and the server keeps its own
 * deadline. One start key per page view, so a double click starts one attempt.
 */
@Route("khoa-hoc/:course/:module/kiem-tra")
@PermitAll
public class LessonQuizView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final LessonQuizzes quizzes;
    private final Clock clock;
    private final String startKey = UUID.randomUUID().toString();
    private final List<QuestionField> fields = new ArrayList<>();
    private CourseCatalog.Lesson lesson;
    private AttemptSheet sheet;

    LessonQuizView(CourseCatalog catalog, LessonQuizzes quizzes, Clock clock) {
        this.catalog = catalog;
        this.quizzes = quizzes;
        this.clock = clock;
        addClassName("reading-page");
        addClassName("quiz-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lesson = catalog.lesson(event.getRouteParameters().get("course").orElse(""),
                event.getRouteParameters().get("module").orElse("")).orElse(null);
        if (lesson == null || !quizzes.hasQuiz(lesson.entry().moduleId())) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        showStanding();
    }

    private void showStanding() {
        Standing standing = quizzes.standing(lesson.entry().moduleId()).orElseThrow();
        header();
        add(new Paragraph(LessonQuizSection.rules(com.vaadin.flow.component.UI.getCurrent(), standing.rules())));
        if (standing.open() != null) {
            showSheet(standing.open());
            return;
        }
        if (!standing.attempts().isEmpty()) {
            add(new H2(getTranslation("quiz.take.yourAttempts")), attemptList(standing));
        }
        if (standing.passed()) {
            add(statusLine("quiz-passed", getTranslation("quiz.lesson.passed", Percent.of(standing.recordedPercent()))));
        }
        if (standing.attemptsLeft() > 0) {
            Button start = new Button(getTranslation(standing.attempts().isEmpty() ? "quiz.lesson.take"
                    : "quiz.take.again", standing.attemptsLeft()), VaadinIcon.PLAY.create(), click -> start());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setDisableOnClick(true);
            add(new Paragraph(getTranslation("quiz.take.attemptsLeft", standing.attemptsLeft())), start);
        } else if (!standing.passed()) {
            add(statusLine("quiz-failed", getTranslation("quiz.lesson.noneLeft")));
        }
        add(backToLesson());
    }

    private UnorderedList attemptList(Standing standing) {
        UnorderedList list = new UnorderedList();
        list.addClassName("quiz-attempts");
        for (LessonQuizzes.AttemptSummary a : standing.attempts()) {
            Button review = new Button(getTranslation("quiz.take.seeAttempt"), click -> showOutcome(
                    quizzes.outcome(a.attemptId())));
            review.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Span line = new Span(getTranslation("quiz.take.attemptLine", a.number(), Dates.moment(a.submittedAt(), clock),
                    Percent.of(a.percent()), getTranslation(a.passed() ? "quiz.result.passed" : "quiz.result.failed"))
                    + (a.late() ? " · " + getTranslation("quiz.result.lateShort") : ""));
            list.add(new ListItem(line, review));
        }
        return list;
    }

    private void start() {
        try {
            showSheet(quizzes.start(lesson.entry().moduleId(), startKey));
        } catch (QuizProblem e) {
            Notifications.error(getTranslation(e.messageKey()));
            showStanding();
        }
    }

    private void showSheet(AttemptSheet attempt) {
        sheet = attempt;
        header();
        fields.clear();
        Div bar = new Div(new Span(getTranslation("quiz.take.timeLeft")),
                new Countdown(attempt.deadline(), clock, this::submit));
        bar.addClassName("quiz-timer");
        add(bar);
        int number = 1;
        for (var question : attempt.questions()) {
            QuestionField field = new QuestionField(number++, question,
                    attempt.saved().getOrDefault(question.id(), Set.of()), this::save);
            fields.add(field);
            add(field);
        }
        Button submit = new Button(getTranslation("quiz.take.submit"), VaadinIcon.CHECK.create(), click -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("quiz-submit");
        add(submit);
    }

    private void save(String questionId, Set<String> options) {
        try {
            quizzes.answer(sheet.attemptId(), questionId, options);
        } catch (QuizProblem e) {
            Notifications.error(getTranslation(e.messageKey()));
            submit();
        }
    }

    private void confirmSubmit() {
        long unanswered = fields.stream().filter(f -> f.answer().isEmpty()).count();
        if (unanswered == 0) {
            submit();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("quiz.take.confirmTitle"),
                getTranslation("quiz.take.unanswered", unanswered), getTranslation("quiz.take.submit"), e -> submit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("quiz.take.keepGoing"));
        dialog.open();
    }

    private void submit() {
        if (sheet == null) {
            return;
        }
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        fields.forEach(f -> answers.put(f.questionId(), f.answer()));
        long attemptId = sheet.attemptId();
        sheet = null;
        showOutcome(quizzes.submit(attemptId, answers));
    }

    private void showOutcome(Outcome outcome) {
        header();
        var attempt = outcome.attempt();
        add(statusLine(attempt.passed() ? "quiz-passed" : "quiz-failed", getTranslation(attempt.passed()
                ? "quiz.result.passedWith" : "quiz.result.failedWith", Percent.of(attempt.percent()),
                attempt.passPercent())));
        if (attempt.late()) {
            add(statusLine("quiz-late", getTranslation("quiz.result.late")));
        }
        if (outcome.review().isEmpty()) {
            add(new Paragraph(getTranslation("quiz.result.reviewAfterPass")));
        } else {
            add(new H2(getTranslation("quiz.result.reviewTitle")), new ReviewList(outcome.review()));
        }
        Button back = new Button(getTranslation("quiz.result.backToQuiz"), click -> showStanding());
        add(new Div(back, backToLesson()));
    }

    private void header() {
        removeAll();
        RouterLink breadcrumb = backToLesson();
        breadcrumb.addClassName("breadcrumb");
        add(breadcrumb, new H1(getTranslation("quiz.take.title", lesson.entry().title())));
    }

    private RouterLink backToLesson() {
        RouterLink link = new RouterLink(getTranslation("quiz.take.backToLesson"), LessonView.class,
                new RouteParameters(Map.of("course", lesson.course().getSlug(), "module", lesson.entry().slug())));
        link.addClassName("quiz-back");
        return link;
    }

    private static Paragraph statusLine(String className, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }

    @Override
    public String getPageTitle() {
        return (lesson == null ? "" : getTranslation("quiz.take.title", lesson.entry().title()) + " · ")
                + getTranslation("app.name");
    }
}
