package vn.renluyen.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sessions each account is signed in with on this node (ASVS 3.3.4): the person sees them on the security
 * page and can end all but the one in use; a password change ends the others (3.3.3), and a disabled account
 * loses all of them at once. Kept in memory, since the sessions themselves are: on several nodes each lists its
 * own (docs/scaling.md).
 */
@Component
public class SignedInSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger events = LoggerFactory.getLogger("vn.renluyen.security.events");
    static final String ACCOUNT = SignedInSessions.class.getName() + ".account";
    private static final String DEVICE = SignedInSessions.class.getName() + ".device";
    private static final int MAX_DEVICE = 160;

    /** A signed-in session as its owner sees it. */
    public record SignedInSession(Instant signedInAt, Instant lastActiveAt, String device, boolean current) {
    }

    private final Map<Long, Map<String, HttpSession>> byAccount = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;

    SignedInSessions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof PortalUser user)) {
            return;
        }
        currentRequest().map(request -> request.getSession(false)).ifPresent(session -> {
            session.setAttribute(ACCOUNT, user.accountId());
            session.setAttribute(DEVICE, device(currentRequest().get().getHeader("User-Agent")));
            byAccount.computeIfAbsent(user.accountId(), id -> new ConcurrentHashMap<>()).put(session.getId(), session);
        });
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        forget(event.getSession(), event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        HttpSession session = event.getSession();
        if (forget(session, oldSessionId) && session.getAttribute(ACCOUNT) instanceof Long account) {
            byAccount.computeIfAbsent(account, id -> new ConcurrentHashMap<>()).put(session.getId(), session);
        }
    }

    /** The current user's sessions, the one in use ({@code currentSessionId}) first, then the most recently active. */
    public List<SignedInSession> ofCurrentUser(String currentSessionId) {
        return of(currentUser.require().accountId(), currentSessionId);
    }

    /** Signs the current user out everywhere but in the session in use; returns how many ended. */
    public int endOthersOfCurrentUser(String currentSessionId) {
        PortalUser me = currentUser.require();
        int ended = endOthers(me.accountId(), currentSessionId);
        events.info("other sessions ended by their owner user={} sessions={}", SecurityEvents.clean(me.getUsername()),
                ended);
        return ended;
    }

    List<SignedInSession> of(long accountId, String currentSessionId) {
        return byAccount.getOrDefault(accountId, Map.of()).values().stream()
                .map(session -> describe(session, currentSessionId))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(SignedInSession::current).reversed()
                        .thenComparing(SignedInSession::lastActiveAt, Comparator.reverseOrder()))
                .toList();
    }

    /** Without a session to keep, nothing ends: a caller that cannot say which one is in use must not end it. */
    int endOthers(long accountId, String keep) {
        return keep == null ? 0 : end(accountId, keep);
    }

    /** Signs an account out everywhere, e.g. when it is disabled. */
    int endAll(long accountId) {
        return end(accountId, null);
    }

    private int end(long accountId, String keep) {
        int ended = 0;
        for (HttpSession session : List.copyOf(byAccount.getOrDefault(accountId, Map.of()).values())) {
            String id = session.getId();
            if (id.equals(keep)) {
                continue;
            }
            forget(session, id);
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // It expired meanwhile: ended all the same.
            }
        }
        return ended;
    }

    private boolean forget(HttpSession session, String id) {
        Object account;
        try {
            account = session.getAttribute(ACCOUNT);
        } catch (IllegalStateException invalidated) {
            account = null;
        }
        if (account instanceof Long accountId) {
            Map<String, HttpSession> sessions = byAccount.get(accountId);
            return sessions != null && sessions.remove(id) != null;
        }
        // An invalidated session no longer says whose it was.
        byAccount.values().forEach(sessions -> sessions.remove(id));
        return false;
    }

    private static Optional<SignedInSession> describe(HttpSession session, String current) {
        try {
            Instant signedInAt = session.getAttribute(SessionAgeLimit.SIGNED_IN_AT) instanceof Instant at ? at
                    : Instant.ofEpochMilli(session.getCreationTime());
            String device = session.getAttribute(DEVICE) instanceof String d ? d : "";
            return Optional.of(new SignedInSession(signedInAt,
                    Instant.ofEpochMilli(session.getLastAccessedTime()), device,
                    session.getId().equals(current)));
        } catch (IllegalStateException ended) {
            return Optional.empty();
        }
    }

    /** What the browser says it is, cut short and without control characters (it is shown to the owner only). */
    static String device(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "";
        }
        String clean = userAgent.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ").strip();
        return clean.length() > MAX_DEVICE ? clean.substring(0, MAX_DEVICE) + "…" : clean;
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
