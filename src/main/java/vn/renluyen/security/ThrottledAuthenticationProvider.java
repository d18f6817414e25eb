package vn.renluyen.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password login behind the throttle. Every failure (unknown name, wrong password, disabled
 * account, refused name) surfaces as the same BadCredentialsException, so the login page cannot
 * tell an attacker which names exist. For the login form, a right password of an account with a
 * second factor ends in {@link SecondFactorRequired} with a {@link PendingSignIn} in the session:
 * the failure count is not cleared then, so guessing codes stays throttled.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final TwoFactorService twoFactor;

    /** {@code twoFactor} null: password only (HTTP basic for monitoring, tests of the password step). */
    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle,
            TwoFactorService twoFactor) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        if (throttle.isRefused(name)) {
            throttle.recordFailure(name);
            SecurityEvents.throttled(name);
            throw new BadCredentialsException("Bad credentials");
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.recordFailure(name);
            SecurityEvents.passwordRejected(name);
            throw new BadCredentialsException("Bad credentials");
        }
        if (twoFactor != null && result.getPrincipal() instanceof PortalUser user) {
            Optional<PendingSignIn> pending = twoFactor.pendingFor(user);
            if (pending.isPresent()) {
                holdInSession(pending.get());
                SecurityEvents.secondFactorAsked(name, pending.get().enrolled());
                throw new SecondFactorRequired();
            }
        }
        throttle.recordSuccess(name);
        if (twoFactor != null) {
            SecurityEvents.signedIn(name);
        }
        return result;
    }

    private static void holdInSession(PendingSignIn pending) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            throw new BadCredentialsException("Bad credentials");
        }
        // A new session id before anything is kept: the pre-login id may have been planted
        attributes.getRequest().getSession(true);
        attributes.getRequest().changeSessionId();
        PendingSignIn.store(attributes.getRequest().getSession()::setAttribute, pending);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
