package vn.renluyen.base;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Asks the features' policies whether the current reader may download a piece of media. */
@Component
class MediaReaders {

    private final List<MediaAccessPolicy> policies;

    MediaReaders(List<MediaAccessPolicy> policies) {
        this.policies = policies;
    }

    MediaAccess accessTo(StoredMedia media) {
        if (media.ownerId() == null) {
            // Not attached yet (an editor's upload before the story is saved): only its uploader sees it.
            return isCurrentUser(media.createdBy()) ? MediaAccess.ALLOWED : MediaAccess.DENIED;
        }
        // DENIED is the strictest answer, PUBLIC the loosest: the enum is declared loosest first.
        return policies.stream()
                .map(policy -> policy.access(media.ownerType(), media.ownerId()))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .orElse(MediaAccess.DENIED);
    }

    private static boolean isCurrentUser(String username) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !AuditLog.SYSTEM.equals(username)
                && Objects.equals(authentication.getName(), username);
    }
}
