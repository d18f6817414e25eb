package vn.renluyen.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Anonymous visitors get short sessions (a public page costs little memory for little time; an open
 * tab stays alive through Vaadin's 5-minute heartbeat, so the limit must be longer than that); a
 * login extends the session to the normal timeout, after Spring Security has rotated the id, and
 * notes when it happened for {@link SessionAgeLimit}.
 */
@Component
public class SessionLifetime implements VaadinServiceInitListener {

    private final Duration anonymous;
    private final Duration loggedIn;

    private final java.time.Clock clock;

    SessionLifetime(@Value("${portal.session.anonymous-timeout:10m}") Duration anonymous,
            @Value("${server.servlet.session.timeout:30m}") Duration loggedIn, java.time.Clock clock) {
        this.anonymous = anonymous;
        this.loggedIn = loggedIn;
        this.clock = clock;
    }

    /** A new Vaadin session without a logged-in user lives only as long as the anonymous limit. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (user == null || !(user.getPrincipal() instanceof PortalUser)) {
                init.getSession().getSession().setMaxInactiveInterval((int) anonymous.toSeconds());
            }
        });
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setMaxInactiveInterval((int) loggedIn.toSeconds());
                session.setAttribute(SessionAgeLimit.SIGNED_IN_AT, clock.instant());
            }
        }
    }
}
