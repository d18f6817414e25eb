package vn.renluyen.stories;

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
 * A secretary proposes a member of their subtree as an exemplary member, with reasons. It keeps the
 * member's name and organization as they were, which is all an editor needs to see of the record.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends AbstractEntity {

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "member_name", nullable = false)
    private String memberName;

    @Column(name = "organization_name", nullable = false)
    private String organizationName;

    @Column(nullable = false)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private NominationStatus status = NominationStatus.SUBMITTED;

    @Column(name = "nominated_by", nullable = false)
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    private Instant nominatedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "profile_id")
    private Long profileId;

    protected Nomination() {
    }

    Nomination(long memberId, long organizationId, String memberName, String organizationName, String reasons,
            String nominatedBy, Instant at) {
        this.memberId = memberId;
        this.organizationId = organizationId;
        this.memberName = memberName;
        this.organizationName = organizationName;
        this.reasons = reasons;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = at;
    }

    void accept(long profileId, String by, Instant at) {
        decide(NominationStatus.ACCEPTED, by, at, null);
        this.profileId = profileId;
    }

    void decline(String note, String by, Instant at) {
        decide(NominationStatus.DECLINED, by, at, note);
    }

    private void decide(NominationStatus next, String by, Instant at, String note) {
        if (status != NominationStatus.SUBMITTED) {
            throw new StoryProblem("stories.nomination.error.decided");
        }
        this.status = next;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getReasons() {
        return reasons;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Long getProfileId() {
        return profileId;
    }
}
