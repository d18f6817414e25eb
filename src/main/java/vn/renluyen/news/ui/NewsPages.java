package vn.renluyen.news.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.renluyen.base.ui.MediaImages;
import vn.renluyen.base.ui.PageMetadata;
import vn.renluyen.news.NewsCatalog;

/** Link previews for /tin-tuc and /tin-tuc/{slug}, with the cover as the preview image. */
@Component
class NewsPages implements PageMetadata {

    private static final Pattern ARTICLE = Pattern.compile("/tin-tuc/([a-z0-9-]+)/?");

    private final NewsCatalog catalog;

    NewsPages(NewsCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<Description> describe(String path) {
        if (path.equals("/tin-tuc") || path.equals("/tin-tuc/")) {
            return Optional.of(new Description("Tin tức", "Tin tức về công tác giáo dục chính trị, quản lý và "
                    + "phát triển đảng viên ở cơ sở.", "website"));
        }
        Matcher article = ARTICLE.matcher(path);
        if (article.matches()) {
            return catalog.article(article.group(1)).map(a -> new Description(a.revision().getTitle(),
                    a.revision().getSummary(), "article", a.article().getCoverMediaId() == null ? null
                            : MediaImages.path(a.article().getCoverMediaId(), 1600)));
        }
        return Optional.empty();
    }
}
