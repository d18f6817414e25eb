package vn.renluyen.completion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CompletionConfirmationRepository extends JpaRepository<CompletionConfirmation, Long> {

    Optional<CompletionConfirmation> findByCode(String code);

    /** A locking read, for the same reason as {@link CourseCompletionRepository#lockId}. */
    @Query(value = "SELECT COUNT(*) FROM completion_confirmation WHERE course_completion_id = :completionId FOR UPDATE",
            nativeQuery = true)
    long lockCountFor(@Param("completionId") long courseCompletionId);

    List<CompletionConfirmation> findByAccountIdOrderByIssuedAtDesc(long accountId);

    List<CompletionConfirmation> findByMemberIdInOrderByIssuedAtDesc(Collection<Long> memberIds);

    List<CompletionConfirmation> findAllByOrderByIssuedAtDesc();
}
