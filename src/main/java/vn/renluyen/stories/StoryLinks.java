package vn.renluyen.stories;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.PublicLinks;

/** Where a profile can be read: /guong-sang/{slug}. */
@Component
class StoryLinks implements PublicLinks {

    private final ExemplaryProfileRepository profiles;

    StoryLinks(ExemplaryProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> publicPath(EditorialItem item) {
        return item.getKind() != ItemKind.STORY ? Optional.empty()
                : profiles.findByEditorialItemId(item.getId()).map(p -> "guong-sang/" + p.getSlug());
    }
}
