package vn.renluyen.news;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.PublicLinks;

/** Where an article can be read: /tin-tuc/{slug}. */
@Component
class ArticleLinks implements PublicLinks {

    private final ArticleRepository articles;

    ArticleLinks(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> publicPath(EditorialItem item) {
        return item.getKind() != ItemKind.ARTICLE ? Optional.empty()
                : articles.findByEditorialItemId(item.getId()).map(a -> "tin-tuc/" + a.getSlug());
    }
}
