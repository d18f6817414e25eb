package vn.renluyen.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A block of the public home page contributed by a feature (latest news, a featured exemplary
 * member, the courses). The home page shows every section bean in {@link #order()}.
 */
public interface HomeSection {

    int order();

    /** A new component for one page view; null when the feature has nothing to show yet. */
    Component create();
}
