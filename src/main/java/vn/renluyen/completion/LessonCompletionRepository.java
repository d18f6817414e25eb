package vn.renluyen.completion;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LessonCompletionRepository extends JpaRepository<LessonCompletion, Long> {

    /** Idempotent: a second completion of the same lesson (a retry, two tabs) changes nothing and never throws. */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            INSERT INTO lesson_completion (account_id, member_id, module_id, completed_at, content_version, attempt_id)
            VALUES (:accountId, :memberId, :moduleId, :completedAt, :contentVersion, :attemptId)
            ON DUPLICATE KEY UPDATE id = id""", nativeQuery = true)
    void insertIfAbsent(@Param("accountId") long accountId, @Param("memberId") Long memberId,
            @Param("moduleId") long moduleId, @Param("completedAt") Instant completedAt,
            @Param("contentVersion") String contentVersion, @Param("attemptId") Long attemptId);

    Optional<LessonCompletion> findByAccountIdAndModuleId(long accountId, long moduleId);

    List<LessonCompletion> findByAccountIdAndModuleIdIn(long accountId, Collection<Long> moduleIds);
}
