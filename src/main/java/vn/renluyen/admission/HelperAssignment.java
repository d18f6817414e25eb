package vn.renluyen.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.renluyen.base.AbstractEntity;
import vn.renluyen.members.Member;

/** Đảng viên giúp đỡ: an official member assigned to a candidate by the cell's resolution. */
@Entity
@Table(name = "candidate_helper")
public class HelperAssignment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id")
    private CandidateFile file;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "helper_id")
    private Member helper;

    @Column(name = "resolution_number", nullable = false)
    private String resolutionNumber;

    @Column(name = "resolution_date", nullable = false)
    private LocalDate resolutionDate;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected HelperAssignment() {
    }

    HelperAssignment(CandidateFile file, Member helper, String resolutionNumber, LocalDate resolutionDate, String by,
            Instant at) {
        this.file = file;
        this.helper = helper;
        this.resolutionNumber = resolutionNumber;
        this.resolutionDate = resolutionDate;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Member getHelper() {
        return helper;
    }

    public String getResolutionNumber() {
        return resolutionNumber;
    }

    public LocalDate getResolutionDate() {
        return resolutionDate;
    }
}
