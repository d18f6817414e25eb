package vn.renluyen.news.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.MediaImages;
import vn.renluyen.news.NewsCatalog.ArticleCard;

/** An article in a list: cover (if any), category, date, title and summary, all one link. */
final class ArticleCards {

    private ArticleCards() {
    }

    static RouterLink card(ArticleCard card) {
        RouterLink link = new RouterLink(ArticleView.class, new RouteParameters("slug", card.article().getSlug()));
        link.addClassName("news-card");
        if (card.article().getCoverMediaId() != null) {
            Image cover = MediaImages.image(card.article().getCoverMediaId(), 400, "");
            cover.addClassName("news-card-cover");
            link.add(cover);
        }
        Div text = new Div();
        text.addClassName("news-card-text");
        Span meta = new Span((card.categoryName() == null ? "" : card.categoryName() + " · ")
                + Dates.day(card.article().getPublishedOn()));
        meta.addClassName("news-card-meta");
        text.add(meta, new H2(card.title()), new Paragraph(card.summary()));
        link.add(text);
        return link;
    }
}
