package vn.renluyen.curriculum.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.renluyen.base.ui.PageMetadata;
import vn.renluyen.curriculum.CourseCatalog;

/** Link previews for /khoa-hoc/{course} and /khoa-hoc/{course}/{module}. */
@Component
class CurriculumPages implements PageMetadata {

    private static final Pattern COURSE = Pattern.compile("/khoa-hoc/([a-z0-9-]+)/?");
    private static final Pattern LESSON = Pattern.compile("/khoa-hoc/([a-z0-9-]+)/([a-z0-9-]+)/?");

    private final CourseCatalog catalog;

    CurriculumPages(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<Description> describe(String path) {
        Matcher lesson = LESSON.matcher(path);
        if (lesson.matches()) {
            return catalog.lesson(lesson.group(1), lesson.group(2))
                    .map(l -> new Description(l.entry().title(), l.entry().summary(), "article"));
        }
        Matcher course = COURSE.matcher(path);
        if (course.matches()) {
            return catalog.course(course.group(1))
                    .map(c -> new Description(c.course().getTitle(), c.course().getSummary(), "website"));
        }
        return Optional.empty();
    }
}
