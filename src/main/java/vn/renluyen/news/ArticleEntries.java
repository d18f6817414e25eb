package vn.renluyen.news;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.renluyen.base.MarkdownRenderer;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.PublishedEntries;

/** Articles follow their editorial items into search, the lists and the feeds. */
@Component
class ArticleEntries extends PublishedEntries<Article> {

    private final ArticleRepository articles;

    ArticleEntries(EditorialService editorial, MarkdownRenderer markdown, Clock clock, ArticleRepository articles) {
        super(editorial, markdown, clock);
        this.articles = articles;
    }

    @Override
    protected ItemKind kind() {
        return ItemKind.ARTICLE;
    }

    @Override
    protected String searchType() {
        return Article.TYPE;
    }

    @Override
    protected Optional<Article> byItem(long editorialItemId) {
        return articles.findByEditorialItemId(editorialItemId);
    }

    @Override
    protected String url(Article article) {
        return "/tin-tuc/" + article.getSlug();
    }

    @Override
    protected String course(Article article) {
        return null;
    }

    @Override
    protected String category(Article article) {
        return article.getCategorySlug();
    }
}
