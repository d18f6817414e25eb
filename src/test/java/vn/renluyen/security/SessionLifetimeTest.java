package vn.renluyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class SessionLifetimeTest {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aLoginExtendsTheSessionToTheNormalTimeout() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.getSession(true).setMaxInactiveInterval(300);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        java.time.Instant now = java.time.Instant.parse("2026-12-02T07:00:00Z");
        new SessionLifetime(Duration.ofMinutes(5), Duration.ofMinutes(30),
                java.time.Clock.fixed(now, java.time.ZoneOffset.UTC)).loggedIn(
                new InteractiveAuthenticationSuccessEvent(new TestingAuthenticationToken("an", null), getClass()));

        assertThat(request.getSession(false).getMaxInactiveInterval()).isEqualTo(1800);
        assertThat(request.getSession(false).getAttribute(SessionAgeLimit.SIGNED_IN_AT)).as("for the 12-hour limit")
                .isEqualTo(now);
    }
}
