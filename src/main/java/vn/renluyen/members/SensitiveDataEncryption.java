package vn.renluyen.members;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.renluyen.base.EncryptedColumns;
import vn.renluyen.base.SecretCipher;

/** At start-up, encrypts sensitive fields still stored in clear (rows from before encryption, or SQL imports). */
@Component
@Order(5)
class SensitiveDataEncryption implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SensitiveDataEncryption.class);
    static final List<String> COLUMNS = List.of("citizen_id", "phone", "ethnicity", "religion", "health_notes");

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;

    SensitiveDataEncryption(JdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Where the member record's sensitive values are, for key rotation (RetiredKeyRewrap). */
    @Bean
    static EncryptedColumns memberSensitiveColumns() {
        return new EncryptedColumns("member", "id", COLUMNS);
    }

    @Override
    public void run(ApplicationArguments args) {
        int encrypted = encryptClearValues();
        if (encrypted > 0) {
            log.info("Encrypted {} sensitive values stored in clear", encrypted);
        }
    }

    /**
     * Row by row, each update on its own: the update only applies to the value that was read, so a crash half
     * way, or a second node doing the same, leaves nothing wrong, and the next start finishes the rest.
     */
    int encryptClearValues() {
        int count = 0;
        for (String column : COLUMNS) {
            // column names come from the constant list above, never from input
            List<Map<String, Object>> clear = jdbc.queryForList("SELECT id, " + column + " AS v FROM member WHERE "
                    + column + " IS NOT NULL AND " + column + " NOT LIKE 'v1:%'");
            for (Map<String, Object> row : clear) {
                count += jdbc.update("UPDATE member SET " + column + " = ? WHERE id = ? AND " + column + " = ?",
                        cipher.encrypt((String) row.get("v")), row.get("id"), row.get("v"));
            }
        }
        return count;
    }
}
