package vn.renluyen.news.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import vn.renluyen.base.ui.HomeSection;
import vn.renluyen.news.NewsCatalog;

/** The latest news on the home page. */
@org.springframework.stereotype.Component
class LatestNewsHomeSection implements HomeSection {

    private static final int SHOWN = 4;

    private final NewsCatalog catalog;

    LatestNewsHomeSection(NewsCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var cards = catalog.latest(null, 0, SHOWN);
        if (cards.isEmpty()) {
            return null;
        }
        UI ui = UI.getCurrent();
        Div list = new Div();
        list.addClassName("news-list");
        list.addClassName("home-news");
        cards.forEach(card -> list.add(ArticleCards.card(card)));
        RouterLink all = new RouterLink(ui.getTranslation("home.news.all"), NewsView.class);
        Div section = new Div(new H2(ui.getTranslation("home.news.title")), list, all);
        section.addClassName("home-section");
        return section;
    }
}
