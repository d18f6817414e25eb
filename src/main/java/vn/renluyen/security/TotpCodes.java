package vn.renluyen.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes as authenticator apps make them (RFC 6238: HMAC-SHA1, 6 digits, 30 s).
 * A code of the step before or after is accepted too, for phones whose clock is a little off.
 */
final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final int SECRET_BYTES = 20;
    private static final int ALLOWED_DRIFT = 1;
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP);
    private static final SecureRandom RANDOM = new SecureRandom();

    private TotpCodes() {
    }

    /** A fresh secret, Base32 without padding, as typed into an authenticator app. */
    static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    static long stepOf(Instant instant) {
        return instant.getEpochSecond() / STEP.toSeconds();
    }

    static String codeAt(String secret, long step) {
        try {
            SecretKeySpec key = new SecretKeySpec(decode(secret), GENERATOR.getAlgorithm());
            return GENERATOR.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret could not be used as an HMAC key", e);
        }
    }

    /** The time step whose code this is, if it is one of the steps allowed around {@code now}. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = stepOf(now);
        for (long step = current - ALLOWED_DRIFT; step <= current + ALLOWED_DRIFT; step++) {
            if (java.security.MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// address an authenticator app reads from the QR code (Google's Key Uri Format). */
    static String provisioningUri(String issuer, String accountName, String secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
    }

    private static byte[] decode(String secret) {
        return new Base32().decode(secret.toUpperCase(Locale.ROOT));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
