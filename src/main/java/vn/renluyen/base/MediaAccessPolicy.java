package vn.renluyen.base;

import java.util.Optional;

/**
 * Decides who may download the media of a record. Each feature that owns media (stories, news, member
 * files) implements it as a bean for its owner types, deciding with Spring Security's current
 * authentication, since base cannot know what a story or a member record is. When no policy answers
 * for an owner type, the media is not delivered. When several answer, the strictest answer counts.
 */
public interface MediaAccessPolicy {

    /** Empty when this policy does not decide for {@code ownerType}. */
    Optional<MediaAccess> access(String ownerType, long ownerId);
}
