package vn.renluyen.admission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;

/** One recorded stage of a file: its date, the number of its document where it has one, a note, attachments. */
@Entity
@Table(name = "admission_stage")
public class StageRecord extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id")
    private CandidateFile file;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Column(name = "document_number")
    private String documentNumber;

    @Column
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "admission_stage_document", joinColumns = @JoinColumn(name = "stage_id"))
    @Column(name = "media_id")
    private Set<Long> documentIds = new LinkedHashSet<>();

    protected StageRecord() {
    }

    StageRecord(CandidateFile file, Stage stage, LocalDate doneOn, String documentNumber, String note, String by,
            Instant at) {
        this.file = file;
        this.stage = stage;
        this.doneOn = doneOn;
        this.documentNumber = documentNumber;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void attach(long mediaId) {
        documentIds.add(mediaId);
    }

    public CandidateFile getFile() {
        return file;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Set<Long> getDocumentIds() {
        return Collections.unmodifiableSet(documentIds);
    }
}
