package vn.renluyen.stories;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.renluyen.base.AbstractEntity;

/**
 * A member's consent to being presented publicly as an exemplary member (personal data,
 * Nghị định 13/2023/NĐ-CP), as recorded by their secretary with what it rests on. Withdrawn, never deleted.
 */
@Entity
@Table(name = "profile_consent")
public class ProfileConsent extends AbstractEntity {

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(nullable = false)
    private String evidence;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ProfileConsent() {
    }

    ProfileConsent(long memberId, LocalDate givenOn, String evidence, String recordedBy, Instant recordedAt) {
        this.memberId = memberId;
        this.givenOn = givenOn;
        this.evidence = evidence;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public long getMemberId() {
        return memberId;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
