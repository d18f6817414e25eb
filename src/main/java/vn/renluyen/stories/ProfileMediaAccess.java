package vn.renluyen.stories;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.MediaAccess;
import vn.renluyen.base.MediaAccessPolicy;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;

/** A profile's photo is public while the profile is; before that only editors and publishers see it. */
@Component
class ProfileMediaAccess implements MediaAccessPolicy {

    private final ExemplaryProfileRepository profiles;
    private final CurrentUser currentUser;

    ProfileMediaAccess(ExemplaryProfileRepository profiles, CurrentUser currentUser) {
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MediaAccess> access(String ownerType, long ownerId) {
        if (!ExemplaryProfile.MEDIA_OWNER.equals(ownerType)) {
            return Optional.empty();
        }
        boolean isPublic = profiles.findById(ownerId).map(ExemplaryProfile::isPublic).orElse(false);
        return Optional.of(isPublic ? MediaAccess.PUBLIC
                : currentUser.has(Role.EDITOR) || currentUser.has(Role.PUBLISHER) ? MediaAccess.ALLOWED
                : MediaAccess.DENIED);
    }
}
