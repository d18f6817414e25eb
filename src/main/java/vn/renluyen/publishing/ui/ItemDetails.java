package vn.renluyen.publishing.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.renluyen.publishing.EditorialItem;

/**
 * A feature's form for what describes its item besides the text (an article's category and cover, a
 * profile's person and achievements), shown in the editor under its own tab. Publishing cannot know
 * those features, so each registers a Spring bean; a new component for each editor page.
 */
public interface ItemDetails {

    /** The form for this item, or empty if the item is not this feature's. */
    Optional<Component> formFor(EditorialItem item);
}
