package vn.renluyen.curriculum.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.renluyen.curriculum.CourseCatalog;

/** /khoa-hoc: the training programs anyone may study. */
@Route("khoa-hoc")
@AnonymousAllowed
@Menu(title = "nav.courses", order = 10, icon = "vaadin:academy-cap")
class CatalogView extends Div implements HasDynamicTitle {

    CatalogView(CourseCatalog catalog) {
        addClassName("reading-page");
        add(new H1(getTranslation("curriculum.catalog.title")),
                new Paragraph(getTranslation("curriculum.catalog.lead")));
        Div cards = new Div();
        cards.addClassName("course-cards");
        for (CourseCatalog.CourseCard card : catalog.courses()) {
            RouterLink link = new RouterLink(CourseView.class, new RouteParameters("course", card.course().getSlug()));
            link.addClassName("course-card");
            Span audience = new Span(getTranslation(card.course().getAudience().translationKey()));
            audience.addClassName("course-audience");
            Span facts = new Span(CourseView.facts(this, card.course().getPeriods(), card.lessons()));
            facts.addClassName("course-facts");
            link.add(audience, new H2(card.course().getTitle()), new Paragraph(card.course().getSummary()), facts);
            cards.add(link);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curriculum.catalog.title") + " · " + getTranslation("app.name");
    }
}
