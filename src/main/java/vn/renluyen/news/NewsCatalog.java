package vn.renluyen.news;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.MarkdownRenderer;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.RenderedRevisions;
import vn.renluyen.publishing.Revision;

/** What anyone may read of the news: published articles only, newest first. */
@Service
public class NewsCatalog {

    public static final int PAGE_SIZE = 12;

    private final ArticleRepository articles;
    private final NewsCategoryRepository categories;
    private final EditorialService editorial;
    private final RenderedRevisions rendered;

    NewsCatalog(ArticleRepository articles, NewsCategoryRepository categories, EditorialService editorial,
            RenderedRevisions rendered) {
        this.articles = articles;
        this.categories = categories;
        this.editorial = editorial;
        this.rendered = rendered;
    }

    /** One page (0-based) of published articles, of one category when it is given. */
    @Transactional(readOnly = true)
    public List<ArticleCard> latest(String category, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 50));
        List<Article> found = category == null
                ? articles.findByTextLiveTrueOrderByPublishedOnDescIdDesc(request)
                : articles.findByTextLiveTrueAndCategorySlugOrderByPublishedOnDescIdDesc(category, request);
        Map<String, String> names = categoryNames();
        return found.stream().map(a -> card(a, names)).flatMap(Optional::stream).toList();
    }

    @Transactional(readOnly = true)
    public long count(String category) {
        return category == null ? articles.countByTextLiveTrue() : articles.countByTextLiveTrueAndCategorySlug(category);
    }

    @Transactional(readOnly = true)
    public Optional<ArticlePage> article(String slug) {
        return articles.findBySlug(slug).filter(Article::isPublic).flatMap(article -> editorial
                .publishedRevision(article.getEditorialItemId())
                .map(revision -> new ArticlePage(article, revision, rendered.of(revision),
                        categoryNames().get(article.getCategorySlug()))));
    }

    @Transactional(readOnly = true)
    public List<NewsCategory> categories() {
        return categories.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public Optional<NewsCategory> category(String slug) {
        return categories.findBySlug(slug);
    }

    private Optional<ArticleCard> card(Article article, Map<String, String> names) {
        return editorial.publishedRevision(article.getEditorialItemId())
                .map(r -> new ArticleCard(article, r, names.get(article.getCategorySlug())));
    }

    private Map<String, String> categoryNames() {
        return categories.findAll().stream().collect(Collectors.toMap(NewsCategory::getSlug, NewsCategory::getName,
                (a, b) -> a));
    }

    /** An article in a list (or a feed): its published title and summary. */
    public record ArticleCard(Article article, Revision revision, String categoryName) {

        public String title() {
            return revision.getTitle();
        }

        public String summary() {
            return revision.getSummary();
        }
    }

    public record ArticlePage(Article article, Revision revision, MarkdownRenderer.Rendered text,
            String categoryName) {
    }

}
