package vn.renluyen.stories.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import vn.renluyen.base.ui.HomeSection;
import vn.renluyen.stories.StoryCatalog;

/** A featured exemplary member on the home page. */
@org.springframework.stereotype.Component
class FeaturedStoryHomeSection implements HomeSection {

    private final StoryCatalog catalog;

    FeaturedStoryHomeSection(StoryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return catalog.featured().map(card -> {
            UI ui = UI.getCurrent();
            RouterLink link = ProfileCards.card(card);
            link.addClassName("featured");
            RouterLink all = new RouterLink(ui.getTranslation("home.stories.all"), StoriesView.class);
            Div section = new Div(new H2(ui.getTranslation("home.stories.title")), link, all);
            section.addClassName("home-section");
            return (com.vaadin.flow.component.Component) section;
        }).orElse(null);
    }
}
