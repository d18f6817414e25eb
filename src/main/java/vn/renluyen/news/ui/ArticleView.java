package vn.renluyen.news.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;
import vn.renluyen.base.PortalProperties;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.MediaImages;
import vn.renluyen.base.ui.ShareLinks;
import vn.renluyen.base.ui.TagLinks;
import vn.renluyen.news.NewsCatalog;
import vn.renluyen.news.NewsCatalog.ArticlePage;

/** /tin-tuc/{slug}: one published article, with its category, date, author, cover, tags and share links. */
@Route("tin-tuc/:slug")
@AnonymousAllowed
class ArticleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final NewsCatalog catalog;
    private final String publicUrl;
    private ArticlePage page;

    ArticleView(NewsCatalog catalog, PortalProperties properties) {
        this.catalog = catalog;
        this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
        addClassName("reading-page");
        addClassName("article-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ArticlePage> found = catalog.article(event.getRouteParameters().get("slug").orElse(""));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        page = found.get();
        show();
    }

    private void show() {
        removeAll();
        Div crumbs = new Div(new RouterLink(getTranslation("news.title"), NewsView.class));
        crumbs.addClassName("breadcrumb");
        if (page.categoryName() != null) {
            RouterLink category = new RouterLink(page.categoryName(), NewsView.class);
            category.setQueryParameters(QueryParameters.simple(Map.of(NewsView.CATEGORY,
                    page.article().getCategorySlug())));
            crumbs.add(new com.vaadin.flow.component.html.Span(" › "), category);
        }
        String author = page.article().getAuthor();
        Paragraph meta = new Paragraph(Dates.day(page.article().getPublishedOn())
                + (author.isBlank() ? "" : " · " + author));
        meta.addClassName("lesson-meta");
        add(crumbs, new H1(page.revision().getTitle()), meta);
        if (page.article().getCoverMediaId() != null) {
            Image cover = MediaImages.image(page.article().getCoverMediaId(), 1600, page.revision().getTitle());
            cover.addClassName("article-cover");
            add(cover);
        }
        if (!page.revision().getSummary().isBlank()) {
            Paragraph summary = new Paragraph(page.revision().getSummary());
            summary.addClassName("lesson-summary");
            add(summary);
        }
        Div body = new Div();
        body.addClassName("prose");
        body.getElement().setProperty("innerHTML", page.text().html());
        add(body);
        if (!page.article().getTags().isEmpty()) {
            add(new TagLinks(page.article().getTags()));
        }
        add(new ShareLinks(publicUrl + "/tin-tuc/" + page.article().getSlug(), page.revision().getTitle()));
        Anchor feed = new Anchor("/feed/news.atom", getTranslation("news.feed"));
        feed.getElement().setAttribute("router-ignore", true);
        feed.addClassName("feed-link");
        add(feed);
    }

    @Override
    public String getPageTitle() {
        return (page == null ? "" : page.revision().getTitle() + " · ") + getTranslation("app.name");
    }
}
