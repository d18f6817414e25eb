package vn.renluyen.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets and sensitive personal data at rest (AES-256-GCM) with a key kept outside the
 * database, so a copy of the database alone reveals neither sign-in secrets nor citizen IDs. The key
 * is {@code portal.encryption.key} (Base64, 32 bytes) if set, else the file {@code keys/data.key}
 * under the data folder, created on first use. Losing the key loses that data: back it up apart.
 *
 * <p>Rotation: the keys a value may still be encrypted with are <em>retired</em> keys, from
 * {@code portal.encryption.retired-keys} (Base64, comma-separated) and the files {@code keys/retired/*.key}.
 * They only decrypt; at start {@link RetiredKeyRewrap} encrypts every such value again with the current key,
 * and logs how many values are left under retired keys (none once it has run), after which they may go.
 */
@Component
public class SecretCipher {

    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final List<SecretKey> retired;

    @Autowired
    SecretCipher(@Value("${portal.encryption.key:}") String configuredKey,
            @Value("${portal.encryption.retired-keys:}") String retiredKeys, PortalProperties properties) {
        this(configuredKey.isBlank() ? keyFile(properties.dataDir().resolve("keys").resolve("data.key"))
                : Base64.getDecoder().decode(configuredKey.trim()),
                retired(retiredKeys, properties.dataDir().resolve("keys").resolve("retired")));
    }

    /** The current key and the retired ones (raw 32-byte AES keys). */
    public SecretCipher(byte[] current, List<byte[]> retired) {
        this.key = aes(current);
        this.retired = retired.stream().map(SecretCipher::aes).filter(k -> !k.equals(this.key)).toList();
    }

    private static SecretKey aes(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalStateException("An encryption key must be 32 bytes (Base64 of 32 random bytes)");
        }
        return new SecretKeySpec(raw, "AES");
    }

    private static List<byte[]> retired(String configured, Path folder) {
        List<byte[]> keys = new ArrayList<>();
        Arrays.stream(configured.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .forEach(k -> keys.add(Base64.getDecoder().decode(k)));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".key")).sorted().toList()) {
                    keys.add(Base64.getDecoder().decode(Files.readString(file).trim()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the retired keys in " + folder, e);
            }
        }
        return keys;
    }

    /** Each call gives a different text (random nonce): encrypted values cannot be compared or searched. */
    public String encrypt(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return FORMAT + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a value", e);
        }
    }

    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(FORMAT);
    }

    /** With the current key, else a retired one. */
    public String decrypt(String stored) {
        return decryptWith(key, stored).or(() -> retired.stream().map(k -> decryptWith(k, stored))
                        .flatMap(Optional::stream).findFirst())
                // Wrong key (a restored database without its key file) or a tampered value
                .orElseThrow(() -> new IllegalStateException("A value could not be decrypted with this portal's keys"));
    }

    /** The value encrypted again with the current key if a retired key is what opens it, else empty. */
    public Optional<String> rewrapped(String stored) {
        if (!isEncrypted(stored) || retired.isEmpty() || decryptWith(key, stored).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(encrypt(decrypt(stored)));
    }

    /** Whether any retired key is configured (nothing to rewrap otherwise). */
    public boolean hasRetiredKeys() {
        return !retired.isEmpty();
    }

    private static Optional<String> decryptWith(SecretKey key, String stored) {
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("Not a value encrypted by this portal");
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return Optional.of(new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (AEADBadTagException wrongKeyOrTampered) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt a value", e);
        }
    }

    private static byte[] keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            Path temporary = Files.createTempFile(file.getParent(), ".data-", ".key");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions keeps its defaults
            }
            Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException another) {
                Files.deleteIfExists(temporary);
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the encryption key " + file, e);
        }
    }
}
