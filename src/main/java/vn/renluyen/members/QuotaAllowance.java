package vn.renluyen.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.renluyen.base.AbstractEntity;

/** The raised "xuất sắc" quota a competent level allowed one group for one year, with its decision. */
@Entity
@Table(name = "rating_quota_allowance")
class QuotaAllowance extends AbstractEntity {

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "rating_year", nullable = false)
    private int year;

    @Column(name = "quota_percent", nullable = false)
    private int percent;

    @Column(name = "decision_number", nullable = false)
    private String decisionNumber;

    @Column(name = "allowed_by", nullable = false)
    private String allowedBy;

    @Column(name = "allowed_at", nullable = false)
    private Instant allowedAt;

    protected QuotaAllowance() {
    }

    QuotaAllowance(long organizationId, int year, int percent, String decisionNumber, String allowedBy, Instant at) {
        this.organizationId = organizationId;
        this.year = year;
        this.percent = percent;
        this.decisionNumber = decisionNumber;
        this.allowedBy = allowedBy;
        this.allowedAt = at;
    }

    int getPercent() {
        return percent;
    }

    String getDecisionNumber() {
        return decisionNumber;
    }
}
