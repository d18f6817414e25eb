package vn.renluyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The breached-password list and the meter's score. */
class PasswordStrengthTest {

    @Test
    void commonBreachedPasswordsAreKnownInAnyCase() {
        assertThat(PasswordStrength.isBreached("qazwsxedcrfv")).isTrue();
        assertThat(PasswordStrength.isBreached("QazWsxEdcRfv")).isTrue();
        assertThat(PasswordStrength.isBreached("password123")).isTrue();
        assertThat(PasswordStrength.isBreached("Chi bộ thôn Đông học Nghị quyết")).isFalse();
    }

    @Test
    void theScoreRisesFromGuessableToStrong() {
        assertThat(PasswordStrength.score("")).isZero();
        assertThat(PasswordStrength.score("123456789012")).isZero();
        assertThat(PasswordStrength.score("aaaaaaaaaaaa")).isLessThanOrEqualTo(1);
        assertThat(PasswordStrength.score("Vườn-cam-của-bà-Tư-9-giờ-sáng")).isEqualTo(PasswordStrength.STRONGEST);
        assertThat(PasswordStrength.score("x".repeat(128) + "Z")).isBetween(0, PasswordStrength.STRONGEST);
    }
}
