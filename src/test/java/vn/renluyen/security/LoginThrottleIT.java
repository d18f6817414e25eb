package vn.renluyen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.base.Retention;

/** Login through the real authentication manager against accounts in MariaDB. */
@PortalIntegrationTest
class LoginThrottleIT {

    private static final String DEMO_PASSWORD = "RenLuyen@2026";

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    TestClock clock;

    @Autowired
    Retention retention;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void demoAccountLogsInWithItsRoles() {
        Authentication result = login("bientap", DEMO_PASSWORD);
        PortalUser user = (PortalUser) result.getPrincipal();
        assertThat(user.roles()).containsExactly(Role.EDITOR);
        assertThat(user.displayName()).isEqualTo("Cán bộ tuyên giáo (demo)");
    }

    @Test
    void userNamesAreCaseInsensitive() {
        assertThat(login("  XuatBan ", DEMO_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void candidateAndMemberRolesFollowTheMemberRecord() {
        assertThat(((PortalUser) login("quanchung", DEMO_PASSWORD).getPrincipal()).roles())
                .containsExactly(Role.CANDIDATE);
        assertThat(((PortalUser) login("dangvien", DEMO_PASSWORD).getPrincipal()).roles())
                .containsExactly(Role.MEMBER);
        PortalUser secretary = (PortalUser) login("bithu", DEMO_PASSWORD).getPrincipal();
        assertThat(secretary.roles()).containsExactlyInAnyOrder(Role.SECRETARY, Role.MEMBER);
        assertThat(secretary.secretaryOf()).hasSize(1);
    }

    @Test
    void wrongPasswordAndUnknownUserFailAlike() {
        Throwable wrongPassword = catchThrowable(() -> login("xuatban", "not-the-password"));
        Throwable unknownUser = catchThrowable(() -> login("khong-co-ai", "not-the-password"));
        assertThat(wrongPassword).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(unknownUser).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(wrongPassword.getMessage()).isEqualTo(unknownUser.getMessage());
    }

    @Test
    void fiveFailuresRefuseTheNameEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login("dangvien", "sai-mat-khau")).isInstanceOf(BadCredentialsException.class);
        }
        Throwable refused = catchThrowable(() -> login("dangvien", DEMO_PASSWORD));
        Throwable wrong = catchThrowable(() -> login("bientap", "sai-mat-khau"));
        assertThat(refused).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(refused.getMessage()).isEqualTo(wrong.getMessage());

        clock.advance(Duration.ofMinutes(16));
        assertThat(login("dangvien", DEMO_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void unknownNamesAreCountedAndRefusedTheSameWay() {
        for (int i = 0; i < 5; i++) {
            String guess = "doan-mo-" + i;
            assertThatThrownBy(() -> login("ke-do-mat-khau", guess)).isInstanceOf(BadCredentialsException.class);
        }
        Throwable refusedUnknown = catchThrowable(() -> login("ke-do-mat-khau", "x"));
        assertThat(refusedUnknown).isExactlyInstanceOf(BadCredentialsException.class);
        // The counter is per name: other people are not affected.
        assertThat(login("xuatban", DEMO_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void fourFailuresThenSuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login("quanchung", "sai")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login("quanchung", DEMO_PASSWORD).isAuthenticated()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login("quanchung", "sai")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login("quanchung", DEMO_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theDailyRetentionRunDeletesFailuresOnceTheyNoLongerCountEvenWithoutNewFailures() {
        assertThatThrownBy(() -> login("ten-cu-da-go", "sai")).isInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> login("ten-moi-da-go", "sai")).isInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofMinutes(6));

        assertThat(retention.run().get("loginFailures")).isPositive();

        assertThat(failuresOf("ten-cu-da-go")).isZero();
        assertThat(failuresOf("ten-moi-da-go")).isEqualTo(1);
    }

    private long failuresOf(String username) {
        return jdbc.queryForObject("select count(*) from login_failure where username = ?", Long.class, username);
    }

    private Authentication login(String username, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
