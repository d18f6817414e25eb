package vn.renluyen.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.renluyen.base.AbstractEntity;

/** How far one account got in one lesson: opened, and read to the end (which revision). */
@Entity
@Table(name = "reading_progress")
public class ReadingProgress extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(name = "last_opened_at", nullable = false)
    private Instant lastOpenedAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "revision_read")
    private Integer revisionRead;

    protected ReadingProgress() {
    }

    ReadingProgress(long accountId, long moduleId, Instant now) {
        this.accountId = accountId;
        this.moduleId = moduleId;
        this.lastOpenedAt = now;
    }

    void opened(Instant now) {
        this.lastOpenedAt = now;
    }

    /** The first reading to the end counts; reading a newer revision later updates the version read. */
    void read(int revision, Instant now) {
        if (readAt == null) {
            readAt = now;
        }
        revisionRead = revision;
        lastOpenedAt = now;
    }

    public long getModuleId() {
        return moduleId;
    }

    public Instant getLastOpenedAt() {
        return lastOpenedAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Integer getRevisionRead() {
        return revisionRead;
    }
}
