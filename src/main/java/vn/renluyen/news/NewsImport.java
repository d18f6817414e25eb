package vn.renluyen.news;

import java.util.Map;
import org.springframework.stereotype.Service;
import vn.renluyen.base.ImageFile;
import vn.renluyen.base.MediaService;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.news.Article.ArticleFacts;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.ImportOutcome;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;

/**
 * Writes what the content importer read from content/news and the vocabulary: one article per
 * transaction, through the editorial workflow (a changed file is a new revision; the old one stays).
 */
@Service
public class NewsImport {

    private final ArticleRepository articles;
    private final NewsCategoryRepository categories;
    private final EditorialService editorial;
    private final ArticleEntries entries;
    private final ArticleService service;
    private final CurrentUser currentUser;
    private final MediaService media;

    NewsImport(ArticleRepository articles, NewsCategoryRepository categories, EditorialService editorial,
            ArticleEntries entries, ArticleService service, CurrentUser currentUser, MediaService media) {
        this.media = media;
        this.articles = articles;
        this.categories = categories;
        this.editorial = editorial;
        this.entries = entries;
        this.service = service;
        this.currentUser = currentUser;
    }

    /** Adds and renames categories; one that disappeared from the file stays, as articles may use it. */
    @Transactional
    public void importCategories(Map<String, String> names) {
        currentUser.requireRole(Role.ADMIN);
        names.forEach((slug, name) -> categories.findBySlug(slug).ifPresentOrElse(c -> c.rename(name),
                () -> categories.save(new NewsCategory(slug, name))));
    }

    public boolean categoryExists(String slug) {
        return categories.findBySlug(slug).isPresent();
    }

    @Transactional
    public Result importArticle(String slug, ArticleFacts facts, ImageFile cover, Draft draft, String hash,
            boolean publish) {
        currentUser.requireRole(Role.ADMIN);
        service.check(facts);
        Article article = articles.findBySlug(slug).orElse(null);
        var result = editorial.importFile(article == null ? null : article.getEditorialItemId(), ItemKind.ARTICLE,
                draft, hash, publish);
        if (result.outcome() == ImportOutcome.CONFLICT || result.outcome() == ImportOutcome.UNCHANGED) {
            return new Result(result.outcome(), result.item().getId());
        }
        if (article == null) {
            article = new Article(slug, result.item().getId());
        }
        article.describe(facts);
        articles.save(article);
        replaceImage(article, cover);
        // A new article did not exist yet when its item was published: its search copy is made here.
        entries.refresh(article);
        return new Result(result.outcome(), result.item().getId());
    }

    /** The file's image replaces the one imported before (a bad image fails the whole file: nothing changes). */
    private void replaceImage(Article article, ImageFile image) {
        Long before = article.getCoverMediaId();
        if (image == null) {
            article.cover(null);
            if (before != null) {
                media.delete(before);
            }
            return;
        }
        article.cover(media.replaceImage(before, Article.MEDIA_OWNER, article.getId(), image.fileName(), image.bytes()).id());
    }

    public record Result(ImportOutcome outcome, long editorialItemId) {
    }
}
