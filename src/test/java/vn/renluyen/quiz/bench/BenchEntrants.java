package vn.renluyen.quiz.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Entrants made in bulk with JDBC batches: member records spread over the demo organizations, and
 * accounts that share one password hash (nobody logs in; the benchmark builds their security contexts).
 */
final class BenchEntrants {

    private BenchEntrants() {
    }

    static List<String> create(JdbcTemplate jdbc, int count) {
        List<Long> organizations = jdbc.queryForList("SELECT id FROM organization ORDER BY id", Long.class);
        String hash = jdbc.queryForObject("SELECT password_hash FROM account WHERE username = 'dangvien'", String.class);
        long firstMember = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM member", Long.class);
        List<Object[]> members = new ArrayList<>();
        List<Object[]> accounts = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            long memberId = firstMember + i;
            String username = "thisinh" + i;
            members.add(new Object[] {memberId, "Thí Sinh", "Số " + i, LocalDate.of(1990, 1, 1).plusDays(i),
                    organizations.get(i % organizations.size()), i % 10 == 0 ? "CANDIDATE" : "OFFICIAL"});
            accounts.add(new Object[] {username, hash, "Thí Sinh Số " + i, memberId, now, now});
            usernames.add(username);
        }
        jdbc.batchUpdate("INSERT INTO member (id, family_middle_name, given_name, birth_date, organization_id, status)"
                + " VALUES (?, ?, ?, ?, ?, ?)", members);
        jdbc.batchUpdate("INSERT INTO account (username, password_hash, display_name, enabled, member_id, created_at,"
                + " password_changed_at) VALUES (?, ?, ?, TRUE, ?, ?, ?)", accounts);
        return usernames;
    }
}
