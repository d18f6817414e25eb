package vn.renluyen.curriculum.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.LearningProgress;

/** "Việc học của tôi": every course with how much of it the learner has read and where to go on. */
@Route("hoc-tap-cua-toi")
@PermitAll
@Menu(title = "nav.myLearning", order = 20, icon = "vaadin:book")
class MyLearningView extends Div implements HasDynamicTitle {

    MyLearningView(CourseCatalog catalog, LearningProgress progress) {
        addClassName("reading-page");
        add(new H1(getTranslation("curriculum.myLearning.title")));
        Div list = new Div();
        list.addClassName("course-cards");
        for (CourseCatalog.CourseCard card : catalog.courses()) {
            progress.inCourse(card.course().getSlug()).ifPresent(p -> {
                Div block = new Div();
                block.addClassName("course-card");
                RouterLink title = new RouterLink(card.course().getTitle(), CourseView.class,
                        new RouteParameters("course", card.course().getSlug()));
                ProgressBar bar = new ProgressBar(0, 1, p.lessons() == 0 ? 0 : p.read() / (double) p.lessons());
                block.add(new H2(title), new Span(getTranslation("curriculum.progress.readOf", p.read(), p.lessons())),
                        bar);
                if (p.resumeAt() != null) {
                    RouterLink resume = new RouterLink(getTranslation(p.started() ? "curriculum.progress.resume"
                            : "curriculum.progress.start") + ": " + p.resumeAt().title(), LessonView.class,
                            new RouteParameters(Map.of("course", card.course().getSlug(), "module",
                                    p.resumeAt().slug())));
                    resume.addClassName("resume-link");
                    block.add(new Paragraph(resume));
                } else {
                    block.add(new Paragraph(getTranslation("curriculum.progress.allRead")));
                }
                list.add(block);
            });
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curriculum.myLearning.title") + " · " + getTranslation("app.name");
    }
}
