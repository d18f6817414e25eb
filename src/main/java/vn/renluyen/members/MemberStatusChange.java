package vn.renluyen.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.time.LocalDate;
import vn.renluyen.base.AbstractEntity;

/** One dated step in a member's status history, with the decision that made it and why. */
@Entity
@Table(name = "member_status_change")
public class MemberStatusChange extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private MemberStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private StatusStep kind;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(nullable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected MemberStatusChange() {
    }

    MemberStatusChange(Member member, StatusStep kind, MemberStatus status, LocalDate effectiveOn, String decisionNumber,
            String reason, Instant recordedAt, String recordedBy) {
        this.member = member;
        this.kind = kind;
        this.status = status;
        this.effectiveOn = effectiveOn;
        this.decisionNumber = decisionNumber;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public StatusStep getKind() {
        return kind;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
