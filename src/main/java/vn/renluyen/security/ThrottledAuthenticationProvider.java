package vn.renluyen.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password login behind the throttle. Every failure (unknown name, wrong password, disabled
 * account, refused name) surfaces as the same BadCredentialsException, so the login page cannot
 * tell an attacker which names exist.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        if (throttle.isRefused(name)) {
            throttle.recordFailure(name);
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.recordSuccess(name);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(name);
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
