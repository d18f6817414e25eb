package vn.renluyen.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A password that was right, for an account that must still show its second factor (or enrol
 * one first). Kept in the HTTP session; nobody is logged in until {@link #verified()} and the
 * completion step has turned it into a sign-in on a new session id.
 */
public record PendingSignIn(long accountId, String username, boolean enrolled, Instant startedAt, boolean verified)
        implements Serializable {

    public static final String ATTRIBUTE = PendingSignIn.class.getName();
    /** Long enough to open an authenticator app or find the recovery codes; short enough to go stale. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    boolean isFresh(Instant now) {
        return startedAt.plus(LIFETIME).isAfter(now);
    }

    PendingSignIn asVerified() {
        return new PendingSignIn(accountId, username, true, startedAt, true);
    }

    /** The session's pending sign-in if it is still fresh; {@code attributes} reads the session. */
    public static Optional<PendingSignIn> in(Function<String, Object> attributes, Instant now) {
        return attributes.apply(ATTRIBUTE) instanceof PendingSignIn pending && pending.isFresh(now)
                ? Optional.of(pending) : Optional.empty();
    }

    static void store(BiConsumer<String, Object> attributes, PendingSignIn pending) {
        attributes.accept(ATTRIBUTE, pending);
    }
}
