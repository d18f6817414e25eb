package vn.renluyen.base;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByRecordTypeAndRecordIdOrderByIdAsc(String recordType, String recordId);

    List<AuditEntry> findTop100ByOrderByIdDesc();

    List<AuditEntry> findTop50ByRecordTypeAndRecordIdAndActionInOrderByIdDesc(String recordType, String recordId,
            Collection<String> actions);
    /** Only for {@link AuditLogRetention}: the operator's retention period, if one is set. */
    @Modifying
    @Query("delete from AuditEntry e where e.at < ?1")
    int deleteOlderThan(Instant before);
}
