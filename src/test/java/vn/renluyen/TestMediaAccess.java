package vn.renluyen;

import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.renluyen.base.MediaAccess;
import vn.renluyen.base.MediaAccessPolicy;

/**
 * Media owners that exist only in tests, so the upload service can be tested before any feature owns
 * media: "test-public" is readable by all, "test-members" by logged-in users only, "test-secret" by
 * nobody. Every other owner type is left to the features' own policies.
 */
public final class TestMediaAccess {

    public static final String PUBLIC = "test-public";
    public static final String MEMBERS = "test-members";
    public static final String SECRET = "test-secret";

    private TestMediaAccess() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        MediaAccessPolicy testMediaAccess() {
            return (ownerType, ownerId) -> switch (ownerType) {
                case PUBLIC -> Optional.of(MediaAccess.PUBLIC);
                case MEMBERS -> Optional.of(loggedIn() ? MediaAccess.ALLOWED : MediaAccess.DENIED);
                case SECRET -> Optional.of(MediaAccess.DENIED);
                default -> Optional.empty();
            };
        }

        private static boolean loggedIn() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken);
        }
    }
}
