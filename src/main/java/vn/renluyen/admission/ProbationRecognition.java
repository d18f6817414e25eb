package vn.renluyen.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.renluyen.base.AbstractEntity;

/** Công nhận đảng viên chính thức: the cell's resolution and the committee's decision behind the status step. */
@Entity
@Table(name = "probation_recognition")
public class ProbationRecognition extends AbstractEntity {

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "cell_resolution_number", nullable = false)
    private String cellResolutionNumber;

    @Column(name = "cell_resolution_date", nullable = false)
    private LocalDate cellResolutionDate;

    @Column(name = "decision_number", nullable = false)
    private String decisionNumber;

    @Column(name = "official_on", nullable = false)
    private LocalDate officialOn;

    @Column
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProbationRecognition() {
    }

    ProbationRecognition(long memberId, String cellResolutionNumber, LocalDate cellResolutionDate,
            String decisionNumber, LocalDate officialOn, String note, String by, Instant at) {
        this.memberId = memberId;
        this.cellResolutionNumber = cellResolutionNumber;
        this.cellResolutionDate = cellResolutionDate;
        this.decisionNumber = decisionNumber;
        this.officialOn = officialOn;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getCellResolutionNumber() {
        return cellResolutionNumber;
    }

    public LocalDate getCellResolutionDate() {
        return cellResolutionDate;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getOfficialOn() {
        return officialOn;
    }
}
