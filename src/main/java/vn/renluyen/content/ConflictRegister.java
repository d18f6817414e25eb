package vn.renluyen.content;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialService;

/**
 * The rule for a lesson edited in the portal and then changed in content/: the import changes
 * nothing and records the conflict; a PUBLISHER keeps the portal's version (this file version is
 * then not offered again) or takes the file's (a new revision, published). README documents it.
 */
@Service
public class ConflictRegister {

    static final String AUDIT_TYPE = "content-conflict";

    private final ContentConflictRepository conflicts;
    private final EditorialService editorial;
    private final AuditLog auditLog;
    private final Clock clock;

    ConflictRegister(ContentConflictRepository conflicts, EditorialService editorial, AuditLog auditLog,
            Clock clock) {
        this.conflicts = conflicts;
        this.editorial = editorial;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    void record(String path, long itemId, String hash, Draft draft) {
        ContentConflict conflict = conflicts.findByEditorialItemIdAndResolvedAtIsNull(itemId)
                .orElseGet(() -> new ContentConflict(path, itemId));
        if (hash.equals(conflict.getFileHash())) {
            return;
        }
        conflict.fileChanged(hash, draft, clock.instant());
        conflicts.save(conflict);
        auditLog.record("content.conflict", AUDIT_TYPE, itemId, null, path);
    }

    @Transactional(readOnly = true)
    public List<ContentConflict> open() {
        return conflicts.findByResolvedAtIsNullOrderByDetectedAtDesc();
    }

    @Transactional
    public void keepPortalVersion(long conflictId) {
        ContentConflict conflict = conflicts.findById(conflictId).orElseThrow();
        editorial.keepPortalVersion(conflict.getEditorialItemId(), conflict.getFileHash());
        conflict.resolve("PORTAL", clock.instant());
        auditLog.record("content.conflictResolved", AUDIT_TYPE, conflict.getEditorialItemId(), null, "PORTAL");
    }

    @Transactional
    public void takeFileVersion(long conflictId) {
        ContentConflict conflict = conflicts.findById(conflictId).orElseThrow();
        editorial.takeImported(conflict.getEditorialItemId(), conflict.fileDraft(), conflict.getFileHash());
        conflict.resolve("FILE", clock.instant());
        auditLog.record("content.conflictResolved", AUDIT_TYPE, conflict.getEditorialItemId(), null, "FILE");
    }
}
