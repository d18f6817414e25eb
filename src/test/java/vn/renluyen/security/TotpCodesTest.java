package vn.renluyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.renluyen.TwoFactorCodes;

class TotpCodesTest {

    /** RFC 6238 appendix B, SHA-1 key "12345678901234567890", last six of the eight digits. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesMatchTheRfcTestVectors() {
        assertThat(TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepOf(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepOf(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepOf(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepOf(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotOlder() {
        Instant now = Instant.parse("2026-12-02T06:00:15Z");
        String secret = TotpCodes.newSecret();
        assertThat(TotpCodes.matchingStep(secret, TwoFactorCodes.at(secret, now), now)).hasValue(TotpCodes.stepOf(now));
        assertThat(TotpCodes.matchingStep(secret, TwoFactorCodes.at(secret, now.minusSeconds(30)), now)).isPresent();
        assertThat(TotpCodes.matchingStep(secret, TwoFactorCodes.at(secret, now.plusSeconds(30)), now)).isPresent();
        assertThat(TotpCodes.matchingStep(secret, TwoFactorCodes.at(secret, now.minusSeconds(90)), now)).isEmpty();
    }

    @Test
    void typedSpacesAreIgnoredAndAnythingButSixDigitsIsRefused() {
        Instant now = Instant.parse("2026-12-02T06:00:15Z");
        String secret = TotpCodes.newSecret();
        String code = TwoFactorCodes.at(secret, now);
        assertThat(TotpCodes.matchingStep(secret, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
        for (String bad : new String[] {"", "12345", "1234567", "abcdef", null, "12 34 5"}) {
            assertThat(TotpCodes.matchingStep(secret, bad, now)).as("%s", bad).isEmpty();
        }
    }

    @Test
    void theQrAddressNamesTheIssuerAndAccountAsAppsExpect() {
        assertThat(TotpCodes.provisioningUri("RènLuyện", "bi thu", "ABCDEF234567"))
                .isEqualTo("otpauth://totp/R%C3%A8nLuy%E1%BB%87n:bi%20thu?secret=ABCDEF234567&issuer=R%C3%A8nLuy%E1%BB%87n"
                        + "&algorithm=SHA1&digits=6&period=30");
        assertThat(TotpCodes.newSecret()).matches("[A-Z2-7]{32}");
    }
}
