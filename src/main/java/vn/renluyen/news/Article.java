package vn.renluyen.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import vn.renluyen.publishing.ItemEntry;

/**
 * A news article (tin tức). Title, summary and body are revisions of its editorial item; here are
 * its category, author, tags and cover image.
 */
@Entity
@Table(name = "article")
@Indexed
public class Article extends ItemEntry {

    static final String TYPE = "article";
    /** The owner type of an article's cover in the upload service. */
    public static final String MEDIA_OWNER = "article";

    @Column(name = "category_slug")
    private String categorySlug;

    @Column(nullable = false)
    private String author = "";

    @Column(name = "cover_media_id")
    private Long coverMediaId;

    protected Article() {
    }

    Article(String slug, long editorialItemId) {
        super(slug, editorialItemId, TYPE);
    }

    void describe(ArticleFacts facts) {
        this.categorySlug = facts.category();
        this.author = facts.author();
        tag(facts.tags());
        if (facts.published() != null) {
            redate(facts.published());
        }
    }

    void cover(Long mediaId) {
        this.coverMediaId = mediaId;
    }

    public String getCategorySlug() {
        return categorySlug;
    }

    public String getAuthor() {
        return author;
    }

    public Long getCoverMediaId() {
        return coverMediaId;
    }

    /** What describes an article besides its text; {@code published} may be null (set on first publish). */
    public record ArticleFacts(String category, String author, List<String> tags, LocalDate published) {

        public ArticleFacts {
            author = author == null ? "" : vn.renluyen.base.Texts.nfc(author);
            tags = tags == null ? List.of() : tags;
        }
    }
}
