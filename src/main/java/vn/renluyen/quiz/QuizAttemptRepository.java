package vn.renluyen.quiz;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    /** SELECT … FOR UPDATE: answers and submissions of one attempt are applied one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from QuizAttempt a where a.id = :id")
    Optional<QuizAttempt> lockById(@Param("id") long id);

    Optional<QuizAttempt> findByStartKey(String startKey);

    /** Who owns the attempt, what it is for and its paper: never changed after the draw. */
    @Query("select a.accountId, a.subject, a.paper from QuizAttempt a where a.id = ?1")
    List<Object[]> drawnPaper(long id);

    /**
     * Saves one answer in a single statement, only while the attempt is open and in time (deadline plus
     * grace not passed); JSON_SET leaves the other answers as they are, so concurrent saves of one attempt
     * never lose each other. Returns the rows changed: 0 when closed.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE quiz_attempt SET answers = JSON_SET(answers, :path, JSON_EXTRACT(:options, '$')),
                   answers_saved_at = :now, version = version + 1
            WHERE id = :id AND account_id = :account AND status = 'OPEN' AND deadline >= :cutoff""")
    int saveAnswer(@Param("id") long id, @Param("account") long accountId, @Param("path") String jsonPath,
            @Param("options") String optionsJson, @Param("now") java.time.Instant now,
            @Param("cutoff") java.time.Instant cutoff);

    /** As {@link #saveAnswer}, for an answer taken back (nothing chosen any more). */
    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE quiz_attempt SET answers = JSON_REMOVE(answers, :path),
                   answers_saved_at = :now, version = version + 1
            WHERE id = :id AND account_id = :account AND status = 'OPEN' AND deadline >= :cutoff""")
    int removeAnswer(@Param("id") long id, @Param("account") long accountId, @Param("path") String jsonPath,
            @Param("now") java.time.Instant now, @Param("cutoff") java.time.Instant cutoff);

    Optional<QuizAttempt> findByOpenSlot(String openSlot);

    long countByAccountIdAndSubject(long accountId, String subject);

    List<QuizAttempt> findByAccountIdAndSubjectOrderByAttemptNumberAsc(long accountId, String subject);

    /** Every attempt of one account, lessons and contests: its holder's own data ({@link OwnQuizAttempts}). */
    List<QuizAttempt> findByAccountIdOrderByStartedAtAscIdAsc(long accountId);

    boolean existsByAccountIdAndSubjectAndPassedTrue(long accountId, String subject);

    @Query("select a.accountId, max(a.submittedAt) from QuizAttempt a where a.accountId in ?1"
            + " and a.submittedAt is not null group by a.accountId")
    List<Object[]> lastSubmittedByAccount(java.util.Collection<Long> accountIds);

    List<QuizAttempt> findBySubjectAndStatus(String subject, AttemptStatus status);
}
