package vn.renluyen.curriculum.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import vn.renluyen.base.ui.HomeSection;
import vn.renluyen.curriculum.CourseCatalog;

/** The courses on the home page. */
@org.springframework.stereotype.Component
class CoursesHomeSection implements HomeSection {

    private final CourseCatalog catalog;

    CoursesHomeSection(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var courses = catalog.courses();
        if (courses.isEmpty()) {
            return null;
        }
        UI ui = UI.getCurrent();
        Div cards = new Div();
        cards.addClassName("course-cards");
        for (CourseCatalog.CourseCard card : courses) {
            RouterLink link = new RouterLink(CourseView.class, new RouteParameters("course", card.course().getSlug()));
            link.addClassName("course-card");
            Span audience = new Span(ui.getTranslation(card.course().getAudience().translationKey()));
            audience.addClassName("course-audience");
            link.add(audience, new H2(card.course().getTitle()), new Paragraph(card.course().getSummary()));
            cards.add(link);
        }
        RouterLink all = new RouterLink(ui.getTranslation("home.courses.all"), CatalogView.class);
        Div section = new Div(new H2(ui.getTranslation("home.courses.title")), cards, all);
        section.addClassName("home-section");
        return section;
    }
}
