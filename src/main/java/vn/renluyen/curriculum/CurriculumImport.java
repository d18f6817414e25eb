package vn.renluyen.curriculum;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.ImportOutcome;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;

/**
 * Writes what the content importer read: one course or one lesson per transaction, so a bad or
 * conflicting file never half-changes anything. Lessons go through the editorial workflow
 * (a changed file is a new revision; the old one stays).
 */
@Service
public class CurriculumImport {

    private final CourseRepository courses;
    private final ModuleRepository modules;
    private final EditorialService editorial;
    private final CurrentUser currentUser;
    private final LessonSearchText searchText;

    CurriculumImport(CourseRepository courses, ModuleRepository modules, EditorialService editorial,
            CurrentUser currentUser, LessonSearchText searchText) {
        this.searchText = searchText;
        this.courses = courses;
        this.modules = modules;
        this.editorial = editorial;
        this.currentUser = currentUser;
    }

    @Transactional
    public ImportOutcome importCourse(String slug, CourseDescription description, String hash) {
        currentUser.requireRole(Role.ADMIN);
        Course course = courses.findBySlug(slug).orElse(null);
        if (course != null && hash.equals(course.getContentHash())) {
            return ImportOutcome.UNCHANGED;
        }
        ImportOutcome outcome = course == null ? ImportOutcome.CREATED : ImportOutcome.UPDATED;
        if (course == null) {
            course = new Course(slug);
        }
        course.describe(description, hash);
        courses.save(course);
        return outcome;
    }

    public boolean courseExists(String slug) {
        return courses.findBySlug(slug).isPresent();
    }

    @Transactional
    public ModuleImportResult importModule(String courseSlug, String moduleSlug, LessonPlacement placement,
            Draft draft, String hash, boolean publish) {
        currentUser.requireRole(Role.ADMIN);
        Course course = courses.findBySlug(courseSlug).orElseThrow(
                () -> new IllegalArgumentException("Unknown course " + courseSlug));
        Module module = modules.findByCourseAndSlug(course, moduleSlug).orElse(null);
        var result = editorial.importFile(module == null ? null : module.getEditorialItemId(), ItemKind.MODULE,
                draft, hash, publish);
        if (result.outcome() == ImportOutcome.CONFLICT || result.outcome() == ImportOutcome.UNCHANGED) {
            if (module != null && (module.getText() == null || module.getText().getTitle() == null)) {
                searchText.refresh(module);
            }
            return new ModuleImportResult(result.outcome(), result.item().getId());
        }
        if (module == null) {
            module = new Module(course, moduleSlug, result.item().getId());
        }
        module.place(placement.order(), placement.periods(), placement.sources());
        modules.save(module);
        searchText.refresh(module);
        return new ModuleImportResult(result.outcome(), result.item().getId());
    }

    /** Where a lesson sits in its course, from its front matter. */
    public record LessonPlacement(int order, Integer periods, List<String> sources) {
    }

    public record ModuleImportResult(ImportOutcome outcome, long editorialItemId) {
    }
}
