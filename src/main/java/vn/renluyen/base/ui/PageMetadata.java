package vn.renluyen.base.ui;

import java.util.Optional;

/**
 * Features describe their public pages for link previews: the Open Graph tags are written into the
 * first HTML response, since previewers do not run scripts.
 */
public interface PageMetadata {

    /** The description of the page at this path (e.g. "/khoa-hoc/x/y"), if it is one of this feature's. */
    Optional<Description> describe(String path);

    /** {@code image} is a path on this portal (made absolute with portal.public-url), or null for the default. */
    record Description(String title, String summary, String type, String image) {

        public Description(String title, String summary, String type) {
            this(title, summary, type, null);
        }
    }
}
