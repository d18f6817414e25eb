package vn.renluyen.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;

/** A failed eligibility check the vote went ahead with, and why (e.g. a special approval for an older candidate). */
@Entity
@Table(name = "admission_override")
public class EligibilityOverride extends AbstractEntity {

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private EligibilityRule rule;

    @Column(nullable = false)
    private String justification;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected EligibilityOverride() {
    }

    EligibilityOverride(long fileId, EligibilityRule rule, String justification, String by, Instant at) {
        this.fileId = fileId;
        this.rule = rule;
        this.justification = justification;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public EligibilityRule getRule() {
        return rule;
    }

    public String getJustification() {
        return justification;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
