package vn.renluyen.completion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.renluyen.base.AbstractEntity;

/**
 * Xác nhận hoàn thành học trực tuyến: the portal's own evidence of online study, never the official
 * certificate (giấy chứng nhận) of the political centre. Names are copied when it is issued, so a later
 * rename of the member, course or organization does not change a paper already handed out.
 */
@Entity
@Table(name = "completion_confirmation")
public class CompletionConfirmation extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "course_completion_id", nullable = false, unique = true)
    private long courseCompletionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(name = "course_title", nullable = false)
    private String courseTitle;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "content_version", nullable = false)
    private String contentVersion;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoke_reason")
    private String revokeReason;

    protected CompletionConfirmation() {
    }

    CompletionConfirmation(String code, long courseCompletionId, long accountId, Long memberId, String holderName,
            String courseTitle, LocalDate completedOn, String contentVersion, String issuedBy, Instant issuedAt) {
        this.code = Objects.requireNonNull(code);
        this.courseCompletionId = courseCompletionId;
        this.accountId = accountId;
        this.memberId = memberId;
        this.holderName = Objects.requireNonNull(holderName);
        this.courseTitle = Objects.requireNonNull(courseTitle);
        this.completedOn = Objects.requireNonNull(completedOn);
        this.contentVersion = Objects.requireNonNull(contentVersion);
        this.issuedBy = Objects.requireNonNull(issuedBy);
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    /** Revocation is final: a revoked paper is never valid again (a new completion would need a new one). */
    void revoke(String reason, String by, Instant now) {
        if (isRevoked()) {
            throw new CompletionProblem("completion.revoke.already");
        }
        this.revokeReason = reason;
        this.revokedBy = by;
        this.revokedAt = now;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getCode() {
        return code;
    }

    public long getCourseCompletionId() {
        return courseCompletionId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getContentVersion() {
        return contentVersion;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }
}
