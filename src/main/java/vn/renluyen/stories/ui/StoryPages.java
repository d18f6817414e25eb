package vn.renluyen.stories.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.renluyen.base.ui.MediaImages;
import vn.renluyen.base.ui.PageMetadata;
import vn.renluyen.stories.StoryCatalog;

/** Link previews for /guong-sang and /guong-sang/{slug}, with the portrait as the preview image. */
@Component
class StoryPages implements PageMetadata {

    private static final Pattern PROFILE = Pattern.compile("/guong-sang/([a-z0-9-]+)/?");

    private final StoryCatalog catalog;

    StoryPages(StoryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<Description> describe(String path) {
        if (path.equals("/guong-sang") || path.equals("/guong-sang/")) {
            return Optional.of(new Description("Gương sáng đảng viên", "Những tấm gương đảng viên tiêu biểu "
                    + "trên các lĩnh vực.", "website"));
        }
        Matcher profile = PROFILE.matcher(path);
        if (profile.matches()) {
            return catalog.profile(profile.group(1)).map(p -> new Description(p.revision().getTitle(),
                    p.revision().getSummary(), "article", p.profile().getPhotoMediaId() == null ? null
                            : MediaImages.path(p.profile().getPhotoMediaId(), 1600)));
        }
        return Optional.empty();
    }
}
