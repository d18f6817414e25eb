package vn.renluyen.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AnalyzerNames;
import vn.renluyen.base.Texts;

/**
 * The newest revision of one lesson, story or article as staff search sees it, whatever its state: the
 * public search reads the published text (SearchText), staff also need drafts, items in review, scheduled,
 * returned and archived ones, and the newest draft of a published item. Its text fields are analysed like
 * SearchText's (exact, exact bigrams, folded, folded bigrams; DESIGN.md "Search design"). Written only by
 * {@link WorkingCopies}, inside the transactions of {@link EditorialService}, so the index follows through
 * the outbox.
 */
@Entity
@Table(name = "working_copy")
@Indexed
public class WorkingCopy {

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    @KeywordField(projectable = Projectable.YES)
    private ItemKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private EditorialState state;

    /** A draft a publisher sent back with a comment that the writer has not resubmitted yet. */
    @Column(nullable = false)
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private boolean returned;

    @Column(nullable = false)
    private int revision;

    @Column(name = "published_revision")
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private Integer publishedRevision;

    @Column(nullable = false)
    @FullTextField(name = "title", analyzer = AnalyzerNames.VI_EXACT, projectable = Projectable.YES)
    @FullTextField(name = "title_bigram", analyzer = AnalyzerNames.VI_EXACT_BIGRAM)
    @FullTextField(name = "title_folded", analyzer = AnalyzerNames.VI_FOLDED)
    @FullTextField(name = "title_folded_bigram", analyzer = AnalyzerNames.VI_FOLDED_BIGRAM)
    private String title;

    /** The summary and the body as plain text, as readers would see them. */
    @Column(nullable = false)
    @FullTextField(name = "body", analyzer = AnalyzerNames.VI_EXACT)
    @FullTextField(name = "body_bigram", analyzer = AnalyzerNames.VI_EXACT_BIGRAM)
    @FullTextField(name = "body_folded", analyzer = AnalyzerNames.VI_FOLDED, projectable = Projectable.YES,
            highlightable = Highlightable.PLAIN)
    @FullTextField(name = "body_folded_bigram", analyzer = AnalyzerNames.VI_FOLDED_BIGRAM)
    private String body;

    @Column(name = "updated_at", nullable = false)
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private Instant updatedAt;

    protected WorkingCopy() {
    }

    WorkingCopy(EditorialItem item, int revision, String title, String body) {
        this.itemId = item.getId();
        this.kind = item.getKind();
        show(item, revision, title, body);
    }

    /** The editor's address of an item (EditorView's route), for links from other pages such as search. */
    public static String editorPath(long itemId) {
        return "/bien-tap/" + itemId;
    }

    void show(EditorialItem item, int revision, String title, String body) {
        this.revision = revision;
        this.title = title;
        this.body = body;
        follow(item);
    }

    /** Takes the item's state, review comment and published revision, after every step of the workflow. */
    void follow(EditorialItem item) {
        this.state = item.getState();
        this.returned = item.getState() == EditorialState.DRAFT && !Texts.isBlank(item.getReviewComment());
        this.publishedRevision = item.getPublishedRevision();
        this.updatedAt = item.getUpdatedAt();
    }

    public long getItemId() {
        return itemId;
    }

    public ItemKind getKind() {
        return kind;
    }

    public EditorialState getState() {
        return state;
    }

    public boolean isReturned() {
        return returned;
    }

    public int getRevision() {
        return revision;
    }

    public Integer getPublishedRevision() {
        return publishedRevision;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
