package vn.renluyen.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in lasts at most {@code portal.session.absolute-timeout} (12 hours, ASVS 3.3.2), however
 * active the tab: Vaadin's heartbeat would otherwise keep it alive for ever. Past it the session
 * ends before the request is handled, so the request goes on as anonymous and the person signs in again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SessionAgeLimit extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionAgeLimit.class.getName() + ".signedInAt";

    private final Clock clock;
    private final Duration limit;

    SessionAgeLimit(Clock clock, @Value("${portal.session.absolute-timeout:12h}") Duration limit) {
        this.clock = clock;
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && signedInAt.plus(limit).isBefore(clock.instant())) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
