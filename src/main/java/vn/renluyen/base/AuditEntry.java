package vn.renluyen.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what to which record, when, before and after. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id")
    private String recordId;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String action, String recordType, String recordId, String before,
            String after) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
