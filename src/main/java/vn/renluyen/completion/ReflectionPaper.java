package vn.renluyen.completion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;

/**
 * The reflection paper (bài thu hoạch) a course may require, one per learner and course; the secretary
 * accepts it or returns it with a comment. The submission and review rules (who, limits, audit) are in
 * {@link ReflectionPapers}.
 */
@Entity
@Table(name = "reflection_paper")
public class ReflectionPaper extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column
    private String text;

    @Column(name = "media_id")
    private Long mediaId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ReflectionPaperStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "review_comment")
    private String reviewComment;

    protected ReflectionPaper() {
    }

    /** A submitted paper: its text, or an uploaded document (media id), or both. */
    public ReflectionPaper(long accountId, Long memberId, long courseId, String text, Long mediaId, Instant submittedAt) {
        if (text == null && mediaId == null) {
            throw new IllegalArgumentException("A reflection paper needs a text or a document");
        }
        this.accountId = accountId;
        this.memberId = memberId;
        this.courseId = courseId;
        this.text = text;
        this.mediaId = mediaId;
        this.status = ReflectionPaperStatus.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(submittedAt);
    }

    public void accept(String by, Instant now) {
        this.status = ReflectionPaperStatus.ACCEPTED;
        this.reviewedBy = by;
        this.reviewedAt = now;
        this.reviewComment = null;
    }

    /** Back to the learner with what to improve; they may submit again. */
    public void returnWith(String comment, String by, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("A returned paper needs a comment");
        }
        this.status = ReflectionPaperStatus.RETURNED;
        this.reviewComment = comment;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    /** A new version after a return: waits for review again. */
    public void resubmit(String text, Long mediaId, Instant now) {
        this.text = text;
        this.mediaId = mediaId;
        this.status = ReflectionPaperStatus.SUBMITTED;
        this.submittedAt = now;
    }

    public long getAccountId() {
        return accountId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getText() {
        return text;
    }

    public Long getMediaId() {
        return mediaId;
    }

    public ReflectionPaperStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
