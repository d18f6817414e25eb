package vn.renluyen.base;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByRecordTypeAndRecordIdOrderByIdAsc(String recordType, String recordId);

    List<AuditEntry> findTop100ByOrderByIdDesc();

    List<AuditEntry> findTop50ByRecordTypeAndRecordIdAndActionInOrderByIdDesc(String recordType, String recordId,
            Collection<String> actions);
}
