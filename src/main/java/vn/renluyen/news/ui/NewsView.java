package vn.renluyen.news.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import vn.renluyen.news.NewsCatalog;
import vn.renluyen.news.NewsCategory;

/** /tin-tuc (?chuyen-muc=slug): the published news, newest first, by category, a page at a time. */
@Route("tin-tuc")
@AnonymousAllowed
@Menu(title = "nav.news", order = 14, icon = "vaadin:newspaper")
class NewsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CATEGORY = "chuyen-muc";

    private final NewsCatalog catalog;
    private final Div list = new Div();
    private NewsCategory category;
    private int page;

    NewsView(NewsCatalog catalog) {
        this.catalog = catalog;
        addClassName("reading-page");
        addClassName("news-page");
        list.addClassName("news-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> wanted = event.getLocation().getQueryParameters().getParameters().getOrDefault(CATEGORY, List.of());
        category = wanted.isEmpty() ? null : catalog.category(wanted.getFirst()).orElse(null);
        page = 0;
        removeAll();
        list.removeAll();
        Anchor feed = new Anchor(category == null ? "/feed/news.atom" : "/feed/news/" + category.getSlug() + ".atom",
                VaadinIcon.RSS.create());
        feed.add(getTranslation("news.feed"));
        feed.addClassName("feed-link");
        feed.getElement().setAttribute("router-ignore", true);
        add(new H1(category == null ? getTranslation("news.title") : category.getName()), categories(), feed, list);
        more();
    }

    private Nav categories() {
        Nav nav = new Nav();
        nav.addClassName("chips");
        nav.getElement().setAttribute("aria-label", getTranslation("news.categories"));
        nav.add(chip(getTranslation("news.all"), null));
        catalog.categories().forEach(c -> nav.add(chip(c.getName(), c)));
        return nav;
    }

    private RouterLink chip(String label, NewsCategory target) {
        RouterLink link = new RouterLink(label, NewsView.class);
        if (target != null) {
            link.setQueryParameters(QueryParameters.simple(Map.of(CATEGORY, target.getSlug())));
        }
        link.addClassName("chip");
        boolean active = target == null ? category == null : category != null && category.getSlug().equals(target.getSlug());
        if (active) {
            link.addClassName("active");
        }
        return link;
    }

    private void more() {
        String slug = category == null ? null : category.getSlug();
        var cards = catalog.latest(slug, page, NewsCatalog.PAGE_SIZE);
        if (page == 0 && cards.isEmpty()) {
            list.add(new Paragraph(getTranslation("news.none")));
            return;
        }
        cards.forEach(card -> list.add(ArticleCards.card(card)));
        page++;
        if ((long) page * NewsCatalog.PAGE_SIZE < catalog.count(slug)) {
            Button more = new Button(getTranslation("news.more"));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClassName("news-more");
            more.addClickListener(click -> {
                list.remove(more);
                more();
            });
            list.add(more);
        }
    }

    @Override
    public String getPageTitle() {
        return (category == null ? getTranslation("news.title") : category.getName()) + " · " + getTranslation("app.name");
    }
}
