package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import vn.renluyen.TestDatabase;

/**
 * Key rotation: a portal started with a new current key and the old one retired reads what the old key
 * encrypted (a member's phone, a TOTP secret), encrypts it again with the new key, and then needs the old
 * key no more.
 */
@SpringBootTest(properties = {"portal.demo-data=true", "portal.encryption.key=" + RetiredKeyRewrapIT.CURRENT,
        "portal.encryption.retired-keys=" + RetiredKeyRewrapIT.OLD, "spring.datasource.hikari.maximum-pool-size=4",
        "portal.publishing.scheduler.enabled=false"})
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("own-context")
class RetiredKeyRewrapIT {

    static final String OLD = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String CURRENT = "HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=";

    @Autowired
    RetiredKeyRewrap rewrap;
    @Autowired
    SecretCipher cipher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void valuesUnderTheRetiredKeyAreReadThenEncryptedAgainWithTheCurrentOne() {
        SecretCipher oldOnly = new SecretCipher(Base64.getDecoder().decode(OLD), List.of());
        SecretCipher currentOnly = new SecretCipher(Base64.getDecoder().decode(CURRENT), List.of());
        long member = jdbc.queryForObject("SELECT MIN(id) FROM member", Long.class);
        long account = jdbc.queryForObject("SELECT MIN(account_id) FROM account_two_factor", Long.class);
        String totpSecret = currentOnly.decrypt(jdbc.queryForObject(
                "SELECT secret_encrypted FROM account_two_factor WHERE account_id = ?", String.class, account));
        jdbc.update("UPDATE member SET phone = ? WHERE id = ?", oldOnly.encrypt("0912345678"), member);
        jdbc.update("UPDATE account_two_factor SET secret_encrypted = ? WHERE account_id = ?",
                oldOnly.encrypt(totpSecret), account);

        assertThat(rewrap.underRetiredKeys()).isEqualTo(2);
        assertThat(cipher.decrypt(phone(member))).as("read through the retired key meanwhile").isEqualTo("0912345678");

        assertThat(rewrap.rewrap()).isEqualTo(2);

        assertThat(rewrap.underRetiredKeys()).isZero();
        assertThat(currentOnly.decrypt(phone(member))).isEqualTo("0912345678");
        assertThat(currentOnly.decrypt(jdbc.queryForObject(
                "SELECT secret_encrypted FROM account_two_factor WHERE account_id = ?", String.class, account)))
                .isEqualTo(totpSecret);
        assertThatThrownBy(() -> oldOnly.decrypt(phone(member))).isInstanceOf(IllegalStateException.class);
        assertThat(rewrap.rewrap()).as("nothing left to do").isZero();
    }

    private String phone(long member) {
        return jdbc.queryForObject("SELECT phone FROM member WHERE id = ?", String.class, member);
    }
}
