package vn.renluyen.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.renluyen.base.ui.HomeSection;

/** The public front page: what the portal is for, then the sections the features contribute. */
@Route("")
@AnonymousAllowed
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(List<HomeSection> sections) {
        addClassName("home-view");
        setPadding(false);
        Div hero = new Div(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.lead")));
        hero.addClassName("home-hero");
        add(hero, audiences());
        sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .map(HomeSection::create)
                .filter(Objects::nonNull)
                .forEach(this::add);
        Paragraph source = new Paragraph(getTranslation("home.source"));
        source.addClassName("home-source");
        add(source);
    }

    private Component audiences() {
        Div cards = new Div();
        cards.addClassName("home-cards");
        for (String who : List.of("candidates", "members", "staff", "secretaries")) {
            Div card = new Div(new H2(getTranslation("home." + who + ".title")),
                    new Paragraph(getTranslation("home." + who + ".text")));
            card.addClassName("home-card");
            cards.add(card);
        }
        return cards;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("app.tagline");
    }
}
