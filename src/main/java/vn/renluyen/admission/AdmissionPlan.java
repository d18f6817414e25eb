package vn.renluyen.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.renluyen.base.AbstractEntity;

/** Kế hoạch phát triển đảng viên: an organization's target of admissions for one year. */
@Entity
@Table(name = "admission_plan")
public class AdmissionPlan extends AbstractEntity {

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int target;

    @Column
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AdmissionPlan() {
    }

    AdmissionPlan(long organizationId, int year) {
        this.organizationId = organizationId;
        this.year = year;
    }

    void set(int target, String note, String by, Instant at) {
        this.target = target;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public int getYear() {
        return year;
    }

    public int getTarget() {
        return target;
    }

    public String getNote() {
        return note;
    }
}
