package vn.renluyen.curriculum.ui;

import com.vaadin.flow.component.Component;
import vn.renluyen.curriculum.CourseCatalog;

/**
 * A block a higher feature adds at the end of a lesson (its quiz), so the lesson page does not depend
 * on that feature. Every bean is asked once per page view.
 */
public interface LessonSection {

    /** A new component for this lesson, or null when the feature has nothing for it. */
    Component create(CourseCatalog.Lesson lesson);
}
