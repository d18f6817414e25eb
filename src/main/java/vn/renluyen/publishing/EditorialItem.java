package vn.renluyen.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;

/**
 * One lesson, story or article under the editorial workflow. Its text lives in numbered
 * {@link Revision}s; this row says which revision is the newest, which one the public reads,
 * which one a publisher approved, and what came from content/ last.
 */
@Entity
@Table(name = "editorial_item")
public class EditorialItem extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ItemKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private EditorialState state = EditorialState.DRAFT;

    @Column(nullable = false)
    private String title;

    @Column(name = "latest_revision", nullable = false)
    private int latestRevision;

    @Column(name = "published_revision")
    private Integer publishedRevision;

    @Column(name = "approved_revision")
    private Integer approvedRevision;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "imported_hash")
    private String importedHash;

    @Column(name = "imported_revision")
    private Integer importedRevision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EditorialItem() {
    }

    EditorialItem(ItemKind kind, String title, Instant now) {
        this.kind = kind;
        this.title = title;
        this.updatedAt = now;
    }

    void addedRevision(int number, String title, Instant now) {
        this.latestRevision = number;
        this.title = title;
        this.updatedAt = now;
    }

    void moveTo(EditorialState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
        if (next != EditorialState.SCHEDULED) {
            this.scheduledFor = null;
        }
    }

    void publishLatest(boolean approve, Instant now) {
        this.publishedRevision = latestRevision;
        // A publisher who publishes a returned draft has settled the comment; it must not reappear later.
        this.reviewComment = null;
        if (approve) {
            this.approvedRevision = latestRevision;
        }
        moveTo(EditorialState.PUBLISHED, now);
    }

    void approvePublished(Instant now) {
        this.approvedRevision = publishedRevision;
        this.updatedAt = now;
    }

    void scheduleFor(Instant at, Instant now) {
        moveTo(EditorialState.SCHEDULED, now);
        this.scheduledFor = at;
    }

    void setReviewComment(String comment) {
        this.reviewComment = comment;
    }

    void importedFrom(String hash, Integer revision) {
        this.importedHash = hash;
        this.importedRevision = revision;
    }

    /** The public sees the published revision unless the item is archived. */
    public boolean isLive() {
        return publishedRevision != null && state != EditorialState.ARCHIVED;
    }

    /** True when the revision the public reads has been approved by a publisher. */
    public boolean isApproved() {
        return publishedRevision != null && publishedRevision.equals(approvedRevision);
    }

    public ItemKind getKind() {
        return kind;
    }

    public EditorialState getState() {
        return state;
    }

    public String getTitle() {
        return title;
    }

    public int getLatestRevision() {
        return latestRevision;
    }

    public Integer getPublishedRevision() {
        return publishedRevision;
    }

    public Integer getApprovedRevision() {
        return approvedRevision;
    }

    public Instant getScheduledFor() {
        return scheduledFor;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getImportedHash() {
        return importedHash;
    }

    public Integer getImportedRevision() {
        return importedRevision;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
