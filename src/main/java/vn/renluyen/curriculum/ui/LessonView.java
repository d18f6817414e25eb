package vn.renluyen.curriculum.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.renluyen.base.MarkdownRenderer;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.CourseCatalog.Lesson;
import vn.renluyen.curriculum.CourseCatalog.LessonEntry;
import vn.renluyen.curriculum.LearningProgress;
import vn.renluyen.security.CurrentUser;

/**
 * /khoa-hoc/{course}/{module}: a lesson to read on any screen, with its table of contents, the
 * review notice while unapproved, previous/next, and progress for logged-in learners (recorded
 * when they reach the end or press "mark as read").
 */
@Route("khoa-hoc/:course/:module")
@AnonymousAllowed
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final LearningProgress progress;
    private final CurrentUser currentUser;
    private final List<LessonSection> sections;
    private final Div end = new Div();
    private Lesson lesson;

    LessonView(CourseCatalog catalog, LearningProgress progress, CurrentUser currentUser,
            List<LessonSection> sections) {
        this.catalog = catalog;
        this.progress = progress;
        this.currentUser = currentUser;
        this.sections = sections;
        addClassName("reading-page");
        addClassName("lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Lesson> found = catalog.lesson(event.getRouteParameters().get("course").orElse(""),
                event.getRouteParameters().get("module").orElse(""));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        lesson = found.get();
        progress.opened(lesson.entry().moduleId());
        show();
    }

    private void show() {
        removeAll();
        LessonEntry entry = lesson.entry();
        RouterLink course = new RouterLink(lesson.course().getTitle(), CourseView.class,
                new RouteParameters("course", lesson.course().getSlug()));
        course.addClassName("breadcrumb");
        Paragraph meta = new Paragraph(CourseView.lessonFacts(this, entry) + " · "
                + getTranslation("curriculum.lesson.version", lesson.revision()));
        meta.addClassName("lesson-meta");
        add(course, new H1(entry.title()), meta);
        if (!entry.approved()) {
            Paragraph notice = new Paragraph(getTranslation("curriculum.lesson.unapproved"));
            notice.addClassName("review-notice");
            add(notice);
        }
        if (!entry.summary().isBlank()) {
            Paragraph summary = new Paragraph(entry.summary());
            summary.addClassName("lesson-summary");
            add(summary);
        }
        add(tableOfContents(lesson.text()));
        Div body = new Div();
        body.addClassName("prose");
        body.getElement().setProperty("innerHTML", lesson.text().html());
        add(body);
        if (!entry.sources().isEmpty()) {
            UnorderedList sources = new UnorderedList();
            entry.sources().forEach(s -> sources.add(new ListItem(s)));
            Div block = new Div(new H2(getTranslation("curriculum.lesson.sources")), sources);
            block.addClassName("lesson-sources");
            add(block);
        }
        end.removeAll();
        end.addClassName("lesson-end");
        add(end);
        sections.stream().map(section -> section.create(lesson)).filter(Objects::nonNull).forEach(this::add);
        add(neighbours());
        showReadState();
    }

    private Nav tableOfContents(MarkdownRenderer.Rendered text) {
        Nav toc = new Nav();
        toc.addClassName("toc");
        toc.getElement().setAttribute("aria-label", getTranslation("curriculum.lesson.contents"));
        Span heading = new Span(getTranslation("curriculum.lesson.contents"));
        heading.addClassName("toc-title");
        UnorderedList list = new UnorderedList();
        for (MarkdownRenderer.Heading h : text.headings()) {
            Anchor link = new Anchor("#" + h.id(), h.text());
            link.getElement().setAttribute("router-ignore", true);
            ListItem item = new ListItem(link);
            item.addClassName("toc-level-" + h.level());
            list.add(item);
        }
        toc.add(heading, list);
        return toc;
    }

    private Div neighbours() {
        Div nav = new Div();
        nav.addClassName("lesson-neighbours");
        if (lesson.previous() != null) {
            nav.add(link(lesson.previous(), "curriculum.lesson.previous", "previous"));
        }
        if (lesson.next() != null) {
            nav.add(link(lesson.next(), "curriculum.lesson.next", "next"));
        }
        return nav;
    }

    private RouterLink link(LessonEntry target, String labelKey, String className) {
        RouterLink link = new RouterLink(LessonView.class, new RouteParameters(Map.of(
                "course", lesson.course().getSlug(), "module", target.slug())));
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("neighbour-label");
        link.add(label, new Span(target.title()));
        link.addClassName(className);
        return link;
    }

    private void showReadState() {
        end.removeAll();
        if (currentUser.get().isEmpty()) {
            end.add(new Paragraph(getTranslation("curriculum.lesson.loginToTrack")));
            return;
        }
        if (progress.isRead(lesson.entry().moduleId())) {
            Span done = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("curriculum.lesson.read")));
            done.addClassName("read-done");
            end.add(done);
            return;
        }
        Button markRead = new Button(getTranslation("curriculum.lesson.markRead"), VaadinIcon.CHECK.create(),
                click -> markRead());
        markRead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.add(markRead);
    }

    private void markRead() {
        progress.read(lesson.entry().moduleId(), lesson.revision());
        showReadState();
    }

    /** Called by the page when the end of the lesson scrolls into view. */
    @ClientCallable
    void reachedEnd() {
        if (lesson != null && currentUser.get().isPresent() && !progress.isRead(lesson.entry().moduleId())) {
            markRead();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (currentUser.get().isPresent()) {
            getElement().executeJs("""
                    const view = this;
                    const end = view.querySelector('.lesson-end');
                    if (!end || !('IntersectionObserver' in window)) return;
                    const seen = new IntersectionObserver(entries => {
                      if (entries.some(e => e.isIntersecting)) { seen.disconnect(); view.$server.reachedEnd(); }
                    });
                    setTimeout(() => seen.observe(end), 1500);
                    """);
        }
    }

    @Override
    public String getPageTitle() {
        return (lesson == null ? "" : lesson.entry().title() + " · ") + getTranslation("app.name");
    }
}
