package vn.renluyen.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.renluyen.base.AbstractEntity;
import vn.renluyen.publishing.Draft;

/**
 * A lesson edited in the portal whose file in content/ changed as well. Neither side overwrites
 * the other: the file's text waits here until a publisher chooses.
 */
@Entity
@Table(name = "content_conflict")
public class ContentConflict extends AbstractEntity {

    @Column(nullable = false)
    private String path;

    @Column(name = "editorial_item_id", nullable = false)
    private long editorialItemId;

    @Column(name = "file_hash", nullable = false)
    private String fileHash;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String body;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column
    private String resolution;

    protected ContentConflict() {
    }

    ContentConflict(String path, long editorialItemId) {
        this.path = path;
        this.editorialItemId = editorialItemId;
    }

    void fileChanged(String hash, Draft draft, Instant now) {
        this.fileHash = hash;
        this.title = draft.title();
        this.summary = draft.summary();
        this.body = draft.body();
        this.detectedAt = now;
    }

    void resolve(String resolution, Instant now) {
        this.resolution = resolution;
        this.resolvedAt = now;
    }

    public Draft fileDraft() {
        return new Draft(title, summary, body);
    }

    public String getPath() {
        return path;
    }

    public long getEditorialItemId() {
        return editorialItemId;
    }

    public String getFileHash() {
        return fileHash;
    }

    public String getTitle() {
        return title;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
