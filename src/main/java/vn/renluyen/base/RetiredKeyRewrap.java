package vn.renluyen.base;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Key rotation, second half: at start, every value that only a retired key opens is encrypted again with the
 * current key (each row compared and set, so a value changed meanwhile is left to the next start). The log
 * says how many were rewrapped and how many are left; when none are, the retired keys may be removed.
 * Values and row ids never go to the log.
 */
@Component
@Order(4)
public class RetiredKeyRewrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RetiredKeyRewrap.class);

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;
    private final List<EncryptedColumns> encrypted;

    RetiredKeyRewrap(JdbcTemplate jdbc, SecretCipher cipher, List<EncryptedColumns> encrypted) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.encrypted = encrypted;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!cipher.hasRetiredKeys()) {
            return;
        }
        int rewrapped = rewrap();
        int left = underRetiredKeys();
        log.info("Encryption keys: {} values encrypted again with the current key; {} left under retired keys{}",
                rewrapped, left, left == 0 ? " (the retired keys may now be removed)" : "");
    }

    /** Encrypts again with the current key every value that only a retired key opens; returns how many. */
    public int rewrap() {
        int count = 0;
        for (EncryptedColumns table : encrypted) {
            for (String column : table.columns()) {
                for (Map<String, Object> row : encryptedValues(table, column)) {
                    String stored = (String) row.get("v");
                    Optional<String> again = cipher.rewrapped(stored);
                    if (again.isPresent()) {
                        // table and column names come from the features' constants, never from input
                        count += jdbc.update("UPDATE " + table.table() + " SET " + column + " = ? WHERE "
                                + table.idColumn() + " = ? AND " + column + " = ?", again.get(), row.get("id"), stored);
                    }
                }
            }
        }
        return count;
    }

    /** How many stored values the current key does not open yet. */
    public int underRetiredKeys() {
        int count = 0;
        for (EncryptedColumns table : encrypted) {
            for (String column : table.columns()) {
                count += (int) encryptedValues(table, column).stream()
                        .filter(row -> cipher.rewrapped((String) row.get("v")).isPresent()).count();
            }
        }
        return count;
    }

    private List<Map<String, Object>> encryptedValues(EncryptedColumns table, String column) {
        return jdbc.queryForList("SELECT " + table.idColumn() + " AS id, " + column + " AS v FROM " + table.table()
                + " WHERE " + column + " LIKE 'v1:%'");
    }
}
