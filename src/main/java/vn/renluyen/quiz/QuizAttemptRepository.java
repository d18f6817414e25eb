package vn.renluyen.quiz;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    /** SELECT … FOR UPDATE: answers and submissions of one attempt are applied one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from QuizAttempt a where a.id = :id")
    Optional<QuizAttempt> lockById(@Param("id") long id);

    Optional<QuizAttempt> findByStartKey(String startKey);

    Optional<QuizAttempt> findByOpenSlot(String openSlot);

    long countByAccountIdAndSubject(long accountId, String subject);

    List<QuizAttempt> findByAccountIdAndSubjectOrderByAttemptNumberAsc(long accountId, String subject);

    boolean existsByAccountIdAndSubjectAndPassedTrue(long accountId, String subject);

    @Query("select a.accountId, max(a.submittedAt) from QuizAttempt a where a.accountId in ?1"
            + " and a.submittedAt is not null group by a.accountId")
    List<Object[]> lastSubmittedByAccount(java.util.Collection<Long> accountIds);

    List<QuizAttempt> findBySubjectAndStatus(String subject, AttemptStatus status);
}
