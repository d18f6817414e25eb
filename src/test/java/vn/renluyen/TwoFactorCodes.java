package vn.renluyen;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** Codes as a phone's authenticator app would show them, made independently of the portal's own code. */
public final class TwoFactorCodes {

    /** README's authenticator key of the demo accounts admin and bithu. */
    public static final String DEMO_SECRET = "RENLUYENDEMOHAIBUOCMINHHOA234567";

    private TwoFactorCodes() {
    }

    public static String at(String base32Secret, Instant instant) {
        try {
            TimeBasedOneTimePasswordGenerator app = new TimeBasedOneTimePasswordGenerator();
            return app.generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(base32Secret), app.getAlgorithm()), instant, Locale.ROOT);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
