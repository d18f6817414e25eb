package vn.renluyen.news;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.MediaService;
import vn.renluyen.base.StoredMedia;
import vn.renluyen.base.Slugs;
import vn.renluyen.base.Texts;
import vn.renluyen.news.Article.ArticleFacts;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.ItemEntry;
import vn.renluyen.publishing.ItemFactory;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.security.CurrentUser;

/** Articles written in the portal, and the details of any article, for EDITOR and PUBLISHER. */
@Service
public class ArticleService implements ItemFactory {

    static final String AUDIT_TYPE = "article";
    static final int MAX_AUTHOR = 200;

    private final ArticleRepository articles;
    private final NewsCategoryRepository categories;
    private final EditorialService editorial;
    private final ArticleEntries entries;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MediaService media;

    ArticleService(ArticleRepository articles, NewsCategoryRepository categories, EditorialService editorial,
            ArticleEntries entries, CurrentUser currentUser, AuditLog auditLog, MediaService media) {
        this.media = media;
        this.articles = articles;
        this.categories = categories;
        this.editorial = editorial;
        this.entries = entries;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.ARTICLE;
    }

    @Override
    @Transactional
    public EditorialItem createDraft(String title) {
        EditorialItem item = editorial.create(ItemKind.ARTICLE, new Draft(title, "", ""));
        Article article = new Article(Slugs.free(item.getTitle(), 120, articles::existsBySlug), item.getId());
        article.describe(new ArticleFacts(null, currentUser.require().displayName(), java.util.List.of(), null));
        articles.save(article);
        entries.refresh(article);
        auditLog.record("news.created", AUDIT_TYPE, article.getId(), null, article.getSlug());
        return item;
    }

    @Transactional(readOnly = true)
    public Optional<Article> ofItem(long editorialItemId) {
        editorial.requireWriter();
        return articles.findByEditorialItemId(editorialItemId);
    }

    /** Category, author and tags take effect at once, also on the public page of a published article. */
    @Transactional
    public void describe(long articleId, ArticleFacts facts) {
        editorial.requireWriter();
        Article article = articles.findById(articleId).orElseThrow(() -> new NewsProblem("news.error.notFound"));
        check(facts);
        String before = summary(article);
        article.describe(new ArticleFacts(facts.category(), facts.author(), facts.tags(), null));
        entries.refresh(article);
        auditLog.record("news.described", AUDIT_TYPE, articleId, before, summary(article));
    }

    /** A new cover from uploaded bytes (checked, cleaned and resized by the upload service); the old one is deleted. */
    @Transactional
    public long replaceCover(long articleId, String fileName, byte[] data) {
        editorial.requireWriter();
        Article entry = articles.findById(articleId).orElseThrow(() -> new NewsProblem("news.error.notFound"));
        Long before = entry.getCoverMediaId();
        StoredMedia stored = media.replaceImage(before, Article.MEDIA_OWNER, articleId, fileName, data);
        entry.cover(stored.id());
        auditLog.record("news.cover", AUDIT_TYPE, articleId, String.valueOf(before), String.valueOf(stored.id()));
        return stored.id();
    }

    @Transactional
    public void removeCover(long articleId) {
        editorial.requireWriter();
        Article entry = articles.findById(articleId).orElseThrow(() -> new NewsProblem("news.error.notFound"));
        Long before = entry.getCoverMediaId();
        entry.cover(null);
        if (before != null) {
            media.delete(before);
        }
        auditLog.record("news.coverRemoved", AUDIT_TYPE, articleId, String.valueOf(before), null);
    }

    void check(ArticleFacts facts) {
        if (facts.category() != null && categories.findBySlug(facts.category()).isEmpty()) {
            throw new NewsProblem("news.error.unknownCategory");
        }
        if (facts.author().length() > MAX_AUTHOR) {
            throw new NewsProblem("news.error.authorTooLong");
        }
        if (!ItemEntry.tagsFit(facts.tags())) {
            throw new NewsProblem("news.error.tooManyTags");
        }
    }


    private static String summary(Article article) {
        return "category=" + article.getCategorySlug() + ", author=" + article.getAuthor() + ", tags="
                + article.getTags();
    }
}
