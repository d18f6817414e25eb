package vn.renluyen.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.ReadOnPrimary;
import vn.renluyen.base.RetentionTask;

/**
 * Counts failed logins per submitted user name, existing or not, in the database (so every node
 * of the portal sees the same count). A name with too many recent failures is refused until the
 * window has passed; attempts while refused count too.
 *
 * <p>A failure is kept only as long as it counts, the window: older ones are deleted whenever a failure is recorded
 * and, for quiet periods, by the daily retention run ({@link RetentionTask}). The rows hold submitted names (often
 * a real person's), nothing else.
 */
@Service
class LoginThrottle implements RetentionTask {

    /** Longest user name stored: longer submissions are cut, never rejected differently. */
    private static final int MAX_NAME = 190;

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(LoginFailureRepository failures, Clock clock,
            @Value("${portal.security.login.max-failures:5}") int maxFailures,
            @Value("${portal.security.login.window:15m}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @ReadOnPrimary
    public boolean isRefused(String username) {
        return failures.countSince(key(username), clock.instant().minus(window)) >= maxFailures;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        failures.deleteOlderThan(clock.instant().minus(window));
        failures.save(new LoginFailure(key(username), clock.instant()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        failures.deleteByUsername(key(username));
    }

    @Override
    public String dataName() {
        return "loginFailures";
    }

    @Override
    @Transactional
    public int deleteExpired(Instant now) {
        return failures.deleteOlderThan(now.minus(window));
    }

    private static String key(String username) {
        String normalized = Account.normalizeUsername(username);
        return normalized.length() > MAX_NAME ? normalized.substring(0, MAX_NAME) : normalized;
    }
}
