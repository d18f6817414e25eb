package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aValueUnderARetiredKeyIsReadAndRewrappedUnderTheCurrentOne() {
        byte[] old = key();
        byte[] current = key();
        String stored = new SecretCipher(old, List.of()).encrypt("001096054321");
        SecretCipher rotating = new SecretCipher(current, List.of(old));

        assertThat(rotating.decrypt(stored)).isEqualTo("001096054321");
        String again = rotating.rewrapped(stored).orElseThrow();
        assertThat(new SecretCipher(current, List.of()).decrypt(again)).isEqualTo("001096054321");
        assertThatThrownBy(() -> new SecretCipher(old, List.of()).decrypt(again)).isInstanceOf(IllegalStateException.class);
        assertThat(rotating.rewrapped(again)).as("already under the current key").isEmpty();
        assertThat(new SecretCipher(current, List.of()).rewrapped(stored)).as("no retired key: nothing to do").isEmpty();
    }

    @Test
    void aValueUnderAnUnknownKeyOrTamperedIsRefusedWithoutItsContent() {
        String stored = new SecretCipher(key(), List.of()).encrypt("0987654321");
        SecretCipher other = new SecretCipher(key(), List.of(key()));
        assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("0987654321");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> other.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(new byte[16], List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void retiredKeysComeFromTheSettingAndFromTheRetiredFolder(@TempDir Path data) throws Exception {
        PortalProperties properties = new PortalProperties(null, new PortalProperties.Folder(data), null, null, null);
        SecretCipher first = new SecretCipher("", "", properties);
        String underFileKey = first.encrypt("Tày");
        Path keys = data.resolve("keys");
        Files.createDirectories(keys.resolve("retired"));
        Files.move(keys.resolve("data.key"), keys.resolve("retired").resolve("2026-12-03.key"));
        byte[] fromSetting = key();
        String underSettingKey = new SecretCipher(fromSetting, List.of()).encrypt("Phật giáo");

        SecretCipher rotated = new SecretCipher("", Base64.getEncoder().encodeToString(fromSetting), properties);

        assertThat(Files.exists(keys.resolve("data.key"))).as("a new current key was made").isTrue();
        assertThat(rotated.hasRetiredKeys()).isTrue();
        assertThat(rotated.decrypt(underFileKey)).isEqualTo("Tày");
        assertThat(rotated.decrypt(underSettingKey)).isEqualTo("Phật giáo");
        assertThat(rotated.rewrapped(underFileKey)).isPresent();
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
