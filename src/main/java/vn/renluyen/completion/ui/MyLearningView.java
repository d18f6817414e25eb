package vn.renluyen.completion.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Map;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.completion.Confirmations;
import vn.renluyen.completion.MyLearning;
import vn.renluyen.completion.ReflectionPapers;
import vn.renluyen.completion.MyLearning.CourseLine;
import vn.renluyen.completion.MyLearning.LessonLine;
import vn.renluyen.curriculum.ui.CourseView;
import vn.renluyen.curriculum.ui.LessonView;
import vn.renluyen.quiz.LessonQuizzes;
import vn.renluyen.quiz.ui.LessonQuizView;
import vn.renluyen.quiz.ui.Percent;

/**
 * "Việc học của tôi": per course, lessons completed (read and quiz passed), each lesson's reading and
 * quiz standing, where to go on, the completion date; then the learner's online-completion confirmations.
 */
@Route("hoc-tap-cua-toi")
@PermitAll
@Menu(title = "nav.myLearning", order = 20, icon = "vaadin:book")
class MyLearningView extends Div implements HasDynamicTitle {

    private final Clock clock;
    private final ReflectionPapers papers;

    MyLearningView(MyLearning learning, Confirmations confirmations, ReflectionPapers papers, Clock clock) {
        this.clock = clock;
        this.papers = papers;
        addClassName("reading-page");
        addClassName("my-learning");
        add(new H1(getTranslation("curriculum.myLearning.title")));
        Div list = new Div();
        list.addClassName("course-cards");
        learning.courses().forEach(line -> list.add(card(line)));
        add(list, new MyConfirmations(confirmations));
    }

    private Div card(CourseLine line) {
        var course = line.outline().course();
        Div card = new Div();
        card.addClassName("course-card");
        card.addClassName("learning-card");
        RouterLink title = new RouterLink(course.getTitle(), CourseView.class,
                new RouteParameters("course", course.getSlug()));
        int total = line.lessons().size();
        long completed = line.lessonsCompleted();
        String done = getTranslation("completion.learning.lessonsCompleted", completed, total);
        ProgressBar bar = new ProgressBar(0, 1, total == 0 ? 0 : completed / (double) total);
        // a progress bar needs a name of its own for screen readers (axe: aria-progressbar-name)
        bar.getElement().setAttribute("aria-label", course.getTitle() + ": " + done);
        card.add(new H2(title), new Span(done), bar);
        if (line.completedAt() != null) {
            Paragraph completedOn = new Paragraph(getTranslation("completion.learning.courseCompleted",
                    Dates.day(line.completedAt().atZone(clock.getZone()).toLocalDate())));
            completedOn.addClassName("course-completed");
            card.add(completedOn);
        } else if (completed == total && course.isReflectionPaper()) {
            card.add(new Paragraph(getTranslation("completion.learning.paperNeeded")));
        } else if (line.resumeAt() != null) {
            RouterLink resume = new RouterLink(getTranslation(line.started() ? "curriculum.progress.resume"
                    : "curriculum.progress.start") + ": " + line.resumeAt().title(), LessonView.class,
                    lessonRoute(course.getSlug(), line.resumeAt().slug()));
            resume.addClassName("resume-link");
            card.add(new Paragraph(resume));
        }
        if (course.isReflectionPaper() && line.started()) {
            // Folded until the lessons are done, so a long form does not stretch the card row meanwhile.
            Details paper = new Details(getTranslation("completion.learning.paper"),
                    new ReflectionPaperPanel(papers, clock, course.getId(), course.getTitle()));
            paper.setOpened(completed == total && line.completedAt() == null);
            paper.addClassName("learning-paper");
            card.add(paper);
        }
        UnorderedList lessons = new UnorderedList();
        lessons.addClassName("learning-lessons");
        line.lessons().forEach(lesson -> lessons.add(lessonItem(course.getSlug(), lesson)));
        Details details = new Details(getTranslation("completion.learning.details"), lessons);
        details.setOpened(line.started() && line.completedAt() == null);
        card.add(details);
        return card;
    }

    private ListItem lessonItem(String courseSlug, LessonLine line) {
        RouterLink title = new RouterLink(line.lesson().title(), LessonView.class,
                lessonRoute(courseSlug, line.lesson().slug()));
        Div states = new Div(badge(line.read() ? "completion.learning.read" : "completion.learning.unread",
                line.read()));
        LessonQuizzes.Standing quiz = line.quiz();
        if (quiz != null) {
            RouterLink quizLink = new RouterLink(quizText(quiz), LessonQuizView.class,
                    lessonRoute(courseSlug, line.lesson().slug()));
            quizLink.addClassName(quiz.passed() ? "state-ok" : "state-todo");
            quizLink.addClassName("learning-badge");
            states.add(quizLink);
        }
        if (line.completedAt() != null) {
            states.add(badge("completion.learning.lessonDone", true));
        }
        states.addClassName("learning-states");
        ListItem item = new ListItem(title, states);
        item.addClassName(line.completedAt() != null ? "lesson-completed" : "lesson-open");
        return item;
    }

    private String quizText(LessonQuizzes.Standing quiz) {
        if (quiz.passed()) {
            return getTranslation("completion.learning.quizPassed", Percent.of(quiz.recordedPercent()));
        }
        if (quiz.attempts().isEmpty()) {
            return getTranslation("completion.learning.quizNotTaken");
        }
        return getTranslation("completion.learning.quizFailed", Percent.of(quiz.recordedPercent()), quiz.attemptsLeft());
    }

    private Span badge(String key, boolean ok) {
        Span badge = new Span(getTranslation(key));
        badge.addClassName("learning-badge");
        badge.addClassName(ok ? "state-ok" : "state-todo");
        return badge;
    }

    private static RouteParameters lessonRoute(String course, String module) {
        return new RouteParameters(Map.of("course", course, "module", module));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curriculum.myLearning.title") + " · " + getTranslation("app.name");
    }
}
