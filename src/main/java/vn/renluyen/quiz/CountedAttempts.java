package vn.renluyen.quiz;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each entrant's counted attempt per round, in one query for any number of entrants: a window function
 * picks the attempt (best score, then shorter time, then earlier submission) and the entrant's name,
 * organization and prediction come in the same row, so a board of thousands costs one round trip.
 */
@Component
class CountedAttempts {

    private final JdbcClient jdbc;

    CountedAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Counted(long roundId, Standing standing) {
    }

    List<Counted> of(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return List.of();
        }
        List<String> subjects = roundIds.stream().map(id -> QuizSubject.contestRound(id).key()).toList();
        return jdbc.sql("""
                SELECT c.subject, c.account_id, c.member_id, c.points, c.max_points, c.time_taken_ms, c.submitted_at,
                       e.prediction, m.family_middle_name, m.given_name, o.id AS org_id, o.name AS org_name, o.path
                FROM (SELECT a.subject, a.account_id, a.member_id, a.points, a.max_points, a.time_taken_ms,
                             a.submitted_at,
                             ROW_NUMBER() OVER (PARTITION BY a.account_id, a.subject
                                 ORDER BY a.points DESC, a.time_taken_ms, a.submitted_at, a.id) AS pick
                      FROM quiz_attempt a
                      WHERE a.subject IN (:subjects) AND a.status = 'GRADED' AND a.late = FALSE) c
                LEFT JOIN contest_entry e ON e.account_id = c.account_id AND CONCAT('round:', e.round_id) = c.subject
                LEFT JOIN member m ON m.id = c.member_id
                LEFT JOIN organization o ON o.id = m.organization_id
                WHERE c.pick = 1""")
                .param("subjects", subjects)
                .query((rs, n) -> new Counted(QuizSubject.parse(rs.getString("subject")).id(), new Standing(0,
                        rs.getLong("account_id"), rs.getObject("member_id", Long.class),
                        rs.getString("family_middle_name") == null ? "—"
                                : rs.getString("family_middle_name") + " " + rs.getString("given_name"),
                        rs.getObject("org_id", Long.class), rs.getString("org_name"), rs.getString("path"),
                        rs.getDouble("points"), rs.getInt("max_points"), rs.getLong("time_taken_ms"),
                        rs.getObject("submitted_at", Timestamp.class).toInstant(),
                        rs.getObject("prediction", Integer.class))))
                .list();
    }
}
