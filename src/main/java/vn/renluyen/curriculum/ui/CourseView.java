package vn.renluyen.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.CourseCatalog.CourseOutline;
import vn.renluyen.curriculum.CourseCatalog.LessonEntry;
import vn.renluyen.curriculum.LearningProgress;

/** /khoa-hoc/{course}: who it is for, how long, the outline, and for a learner where to resume. */
@Route("khoa-hoc/:course")
@AnonymousAllowed
public class CourseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final LearningProgress progress;
    private String title = "";

    CourseView(CourseCatalog catalog, LearningProgress progress) {
        this.catalog = catalog;
        this.progress = progress;
        addClassName("reading-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("course").orElse("");
        Optional<CourseOutline> outline = catalog.course(slug);
        if (outline.isEmpty() || outline.get().lessons().isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(outline.get());
    }

    private void show(CourseOutline outline) {
        removeAll();
        title = outline.course().getTitle();
        RouterLink back = new RouterLink(getTranslation("curriculum.catalog.title"), CatalogView.class);
        back.addClassName("breadcrumb");
        Span audience = new Span(getTranslation(outline.course().getAudience().translationKey()));
        audience.addClassName("course-audience");
        Paragraph facts = new Paragraph(facts(this, outline.course().getPeriods(), outline.lessons().size()));
        facts.addClassName("course-facts");
        add(back, audience, new H1(title), facts);
        progress.inCourse(outline.course().getSlug()).ifPresent(p -> add(progressBlock(outline, p)));
        Div introduction = new Div();
        introduction.addClassName("prose");
        introduction.getElement().setProperty("innerHTML", outline.introductionHtml());
        add(introduction, new H2(getTranslation("curriculum.course.outline")), outlineList(outline));
    }

    private Component progressBlock(CourseOutline outline, LearningProgress.CourseProgress p) {
        ProgressBar bar = new ProgressBar(0, 1, p.lessons() == 0 ? 0 : p.read() / (double) p.lessons());
        Span text = new Span(getTranslation("curriculum.progress.readOf", p.read(), p.lessons()));
        bar.getElement().setAttribute("aria-label", text.getText());
        Div block = new Div(text, bar);
        block.addClassName("progress-block");
        if (p.resumeAt() != null) {
            RouterLink resume = lessonLink(outline, p.resumeAt(),
                    getTranslation(p.started() ? "curriculum.progress.resume" : "curriculum.progress.start")
                            + ": " + p.resumeAt().title());
            resume.addClassName("resume-link");
            block.add(resume);
        } else {
            block.add(new Span(getTranslation("curriculum.progress.allRead")));
        }
        return block;
    }

    private OrderedList outlineList(CourseOutline outline) {
        OrderedList list = new OrderedList();
        list.addClassName("lesson-list");
        for (LessonEntry lesson : outline.lessons()) {
            Span meta = new Span(lessonFacts(this, lesson));
            meta.addClassName("lesson-meta");
            ListItem item = new ListItem(lessonLink(outline, lesson, lesson.title()), meta,
                    new Paragraph(lesson.summary()));
            list.add(item);
        }
        return list;
    }

    private static RouterLink lessonLink(CourseOutline outline, LessonEntry lesson, String text) {
        RouterLink link = new RouterLink(text, LessonView.class,
                new RouteParameters(java.util.Map.of("course", outline.course().getSlug(), "module", lesson.slug())));
        link.addClassName("lesson-link");
        return link;
    }

    static String facts(Component c, Integer periods, int lessons) {
        String text = c.getTranslation("curriculum.course.lessons", lessons);
        return periods == null ? text : text + " · " + c.getTranslation("curriculum.course.periods", periods);
    }

    static String lessonFacts(Component c, LessonEntry lesson) {
        String text = c.getTranslation("curriculum.lesson.readingTime", lesson.readingMinutes());
        if (lesson.periods() != null) {
            text = c.getTranslation("curriculum.course.periods", lesson.periods()) + " · " + text;
        }
        return text;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
