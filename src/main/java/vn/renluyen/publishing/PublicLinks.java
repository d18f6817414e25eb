package vn.renluyen.publishing;

import java.util.Optional;

/**
 * Where readers find an item, answered by the feature that owns its kind (curriculum for modules,
 * stories, news). Publishing cannot know those addresses without depending on the features below it,
 * so each feature registers a Spring bean; the editor shows a link to the public page when one
 * answers. It is asked only about live items.
 */
public interface PublicLinks {

    /** The path of the item's public page (e.g. {@code tin-tuc/le-ky-niem}), or empty if not this feature's item. */
    Optional<String> publicPath(EditorialItem item);
}
