package vn.renluyen.stories;

import org.springframework.stereotype.Component;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.PublishGuard;

/**
 * A profile that names a member record is published, and stays public, only while that member's
 * consent is recorded (DESIGN.md, personal data). Depends on repositories alone, since the editorial
 * service asks it before every publication.
 */
@Component
class ConsentRule implements PublishGuard {

    private final ExemplaryProfileRepository profiles;
    private final ProfileConsentRepository consents;

    ConsentRule(ExemplaryProfileRepository profiles, ProfileConsentRepository consents) {
        this.profiles = profiles;
        this.consents = consents;
    }

    @Override
    public void beforePublish(EditorialItem item) {
        if (item.getKind() == ItemKind.STORY) {
            profiles.findByEditorialItemId(item.getId()).filter(p -> !mayBePublic(p)).ifPresent(p -> {
                throw new StoryProblem("stories.error.noConsent");
            });
        }
    }

    boolean mayBePublic(ExemplaryProfile profile) {
        return profile.getMemberId() == null
                || consents.findFirstByMemberIdAndWithdrawnAtIsNullOrderByIdDesc(profile.getMemberId()).isPresent();
    }
}
