package vn.renluyen.base;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Audit entries older than {@code portal.retention.audit-log}; none while it is unset (the default: kept). */
@Component
class AuditLogRetention implements RetentionTask {

    private final AuditEntryRepository entries;
    private final RetentionPeriods periods;

    AuditLogRetention(AuditEntryRepository entries, RetentionPeriods periods) {
        this.entries = entries;
        this.periods = periods;
    }

    @Override
    public String dataName() {
        return "auditEntries";
    }

    @Override
    @Transactional
    public int deleteExpired(Instant now) {
        return periods.auditLogPeriod().map(period -> entries.deleteOlderThan(now.minus(period))).orElse(0);
    }
}
