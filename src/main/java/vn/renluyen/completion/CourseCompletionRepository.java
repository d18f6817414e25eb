package vn.renluyen.completion;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CourseCompletionRepository extends JpaRepository<CourseCompletion, Long> {

    @Modifying(flushAutomatically = true)
    @Query(value = """
            INSERT INTO course_completion (account_id, member_id, course_id, completed_at, content_version)
            VALUES (:accountId, :memberId, :courseId, :completedAt, :contentVersion)
            ON DUPLICATE KEY UPDATE id = id""", nativeQuery = true)
    void insertIfAbsent(@Param("accountId") long accountId, @Param("memberId") Long memberId,
            @Param("courseId") long courseId, @Param("completedAt") Instant completedAt,
            @Param("contentVersion") String contentVersion);

    /**
     * A locking read: it sees the latest committed row, not this transaction's older snapshot, and waits
     * for a concurrent transaction that is completing the same course, so only one of them issues the paper.
     */
    @Query(value = "SELECT id FROM course_completion WHERE account_id = :accountId AND course_id = :courseId FOR UPDATE",
            nativeQuery = true)
    Optional<Long> lockId(@Param("accountId") long accountId, @Param("courseId") long courseId);

    Optional<CourseCompletion> findByAccountIdAndCourseId(long accountId, long courseId);
}
