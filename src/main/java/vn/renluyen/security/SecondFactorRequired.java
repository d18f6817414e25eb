package vn.renluyen.security;

import org.springframework.security.core.AuthenticationException;

/** The password was right; the sign-in goes on at the second-factor page instead of ending here. */
class SecondFactorRequired extends AuthenticationException {

    SecondFactorRequired() {
        super("A second factor is required");
    }
}
