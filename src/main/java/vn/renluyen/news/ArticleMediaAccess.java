package vn.renluyen.news;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.MediaAccess;
import vn.renluyen.base.MediaAccessPolicy;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;

/** An article's cover is public while the article is; before that only editors and publishers see it. */
@Component
class ArticleMediaAccess implements MediaAccessPolicy {

    private final ArticleRepository articles;
    private final CurrentUser currentUser;

    ArticleMediaAccess(ArticleRepository articles, CurrentUser currentUser) {
        this.articles = articles;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MediaAccess> access(String ownerType, long ownerId) {
        if (!Article.MEDIA_OWNER.equals(ownerType)) {
            return Optional.empty();
        }
        boolean isPublic = articles.findById(ownerId).map(Article::isPublic).orElse(false);
        return Optional.of(isPublic ? MediaAccess.PUBLIC
                : currentUser.has(Role.EDITOR) || currentUser.has(Role.PUBLISHER) ? MediaAccess.ALLOWED
                : MediaAccess.DENIED);
    }
}
