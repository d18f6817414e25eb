package vn.renluyen.base;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one audit log. Callers describe states in plain words and must leave out sensitive
 * personal data (citizen ID, phone): the log is read by administrators.
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Joins the caller's transaction so that the record and its audit line commit together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String recordType, Object recordId, String before, String after) {
        entries.save(new AuditEntry(clock.instant(), currentActor(), action, recordType,
                recordId == null ? null : recordId.toString(), before, after));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String recordType, Object recordId) {
        return entries.findByRecordTypeAndRecordIdOrderByIdAsc(recordType, recordId.toString());
    }

    /** The latest (at most 50) entries of one record with one of the given actions, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latestOf(String recordType, Object recordId, Collection<String> actions) {
        return entries.findTop50ByRecordTypeAndRecordIdAndActionInOrderByIdDesc(recordType, recordId.toString(),
                actions);
    }

    /** The user name of whoever is logged in, else {@value #SYSTEM}. */
    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}
