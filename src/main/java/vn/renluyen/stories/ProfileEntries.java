package vn.renluyen.stories;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.renluyen.base.MarkdownRenderer;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.PublishedEntries;

/**
 * Profiles follow their editorial items into search and the public pages; a profile of a real
 * member is public only under the {@link ConsentRule}.
 */
@Component
class ProfileEntries extends PublishedEntries<ExemplaryProfile> {

    private final ExemplaryProfileRepository profiles;
    private final ConsentRule consent;

    ProfileEntries(EditorialService editorial, MarkdownRenderer markdown, Clock clock,
            ExemplaryProfileRepository profiles, ConsentRule consent) {
        super(editorial, markdown, clock);
        this.profiles = profiles;
        this.consent = consent;
    }

    @Override
    protected boolean mayBePublic(ExemplaryProfile profile) {
        return consent.mayBePublic(profile);
    }

    @Override
    protected ItemKind kind() {
        return ItemKind.STORY;
    }

    @Override
    protected String searchType() {
        return ExemplaryProfile.TYPE;
    }

    @Override
    protected Optional<ExemplaryProfile> byItem(long editorialItemId) {
        return profiles.findByEditorialItemId(editorialItemId);
    }

    @Override
    protected String url(ExemplaryProfile profile) {
        return "/guong-sang/" + profile.getSlug();
    }

    @Override
    protected String course(ExemplaryProfile profile) {
        return null;
    }

    @Override
    protected String category(ExemplaryProfile profile) {
        return profile.getFieldSlug();
    }
}
