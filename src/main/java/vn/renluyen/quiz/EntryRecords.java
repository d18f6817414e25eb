package vn.renluyen.quiz;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contest_entry rows. An upsert rather than an entity: an entrant's two tabs entering at once must both
 * succeed, and a select-then-insert would let one of them fail on the unique key.
 */
@Component
class EntryRecords {

    private final JdbcClient jdbc;

    EntryRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the entry; a later entry with a prediction replaces the earlier guess, one without keeps it. */
    void enter(long roundId, long accountId, long memberId, Integer prediction, Instant now) {
        jdbc.sql("""
                INSERT INTO contest_entry (round_id, account_id, member_id, prediction, entered_at)
                VALUES (:round, :account, :member, :prediction, :now)
                ON DUPLICATE KEY UPDATE prediction = COALESCE(VALUES(prediction), prediction)""")
                .param("round", roundId).param("account", accountId).param("member", memberId)
                .param("prediction", prediction).param("now", Timestamp.from(now)).update();
    }

    Optional<Integer> prediction(long roundId, long accountId) {
        return jdbc.sql("SELECT prediction FROM contest_entry WHERE round_id = :round AND account_id = :account")
                .param("round", roundId).param("account", accountId)
                .query((rs, n) -> rs.getObject(1, Integer.class)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Whether anyone has entered a round of the contest: from then on its window may no longer move. */
    boolean anyEntries(long contestId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM contest_entry e JOIN contest_round r ON r.id = e.round_id
                               WHERE r.contest_id = :contest)""")
                .param("contest", contestId).query(Boolean.class).single();
    }
}
