package vn.renluyen.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.MarkdownRenderer;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.RenderedRevisions;
import vn.renluyen.publishing.Revision;

/** What anyone may read: courses and the published revision of each of their lessons. */
@Service
public class CourseCatalog {

    private final CourseRepository courses;
    private final ModuleRepository modules;
    private final EditorialService editorial;
    private final MarkdownRenderer markdown;
    private final RenderedRevisions rendered;

    CourseCatalog(CourseRepository courses, ModuleRepository modules, EditorialService editorial,
            MarkdownRenderer markdown, RenderedRevisions rendered) {
        this.rendered = rendered;
        this.courses = courses;
        this.modules = modules;
        this.editorial = editorial;
        this.markdown = markdown;
    }

    @Transactional(readOnly = true)
    public List<CourseCard> courses() {
        return courses.findAllByOrderByDisplayOrderAscTitleAsc().stream()
                .map(c -> new CourseCard(c, outline(c).size()))
                .filter(card -> card.lessons() > 0)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CourseOutline> course(String slug) {
        return courses.findBySlug(slug).map(c -> new CourseOutline(c, outline(c),
                markdown.render(c.getIntroduction()).html()));
    }

    /** The course a lesson belongs to, with its live lessons. */
    @Transactional(readOnly = true)
    public Optional<CourseOutline> courseOf(long moduleId) {
        return modules.findById(moduleId).flatMap(m -> course(m.getCourse().getSlug()));
    }

    @Transactional(readOnly = true)
    public Optional<Lesson> lesson(String courseSlug, String moduleSlug) {
        Optional<Course> course = courses.findBySlug(courseSlug);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        List<LessonEntry> outline = outline(course.get());
        for (int i = 0; i < outline.size(); i++) {
            LessonEntry entry = outline.get(i);
            if (entry.slug().equals(moduleSlug)) {
                Revision revision = editorial.publishedRevision(entry.editorialItemId()).orElseThrow();
                return Optional.of(new Lesson(course.get(), entry, revision.getNumber(),
                        render(revision), i > 0 ? outline.get(i - 1) : null,
                        i + 1 < outline.size() ? outline.get(i + 1) : null));
            }
        }
        return Optional.empty();
    }

    /** The live lessons of a course in order; lessons never published or archived are left out. */
    private List<LessonEntry> outline(Course course) {
        List<LessonEntry> entries = new ArrayList<>();
        for (Module module : modules.findByCourseOrderByDisplayOrderAscSlugAsc(course)) {
            Optional<EditorialItem> item = editorial.publicItem(module.getEditorialItemId());
            Optional<Revision> revision = editorial.publishedRevision(module.getEditorialItemId());
            if (item.isPresent() && revision.isPresent()) {
                entries.add(new LessonEntry(module.getId(), module.getSlug(), module.getDisplayOrder(),
                        module.getPeriods(), module.getSources(), revision.get().getTitle(),
                        revision.get().getSummary(), item.get().isApproved(), module.getEditorialItemId(),
                        render(revision.get()).readingMinutes()));
            }
        }
        return entries;
    }

    private MarkdownRenderer.Rendered render(Revision revision) {
        return rendered.of(revision);
    }

    public record CourseCard(Course course, int lessons) {
    }

    public record CourseOutline(Course course, List<LessonEntry> lessons, String introductionHtml) {
    }

    public record LessonEntry(long moduleId, String slug, int order, Integer periods, List<String> sources,
            String title, String summary, boolean approved, long editorialItemId, int readingMinutes) {
    }

    /** A lesson as the reader shows it, with its neighbours for previous/next. */
    public record Lesson(Course course, LessonEntry entry, int revision, MarkdownRenderer.Rendered text,
            LessonEntry previous, LessonEntry next) {
    }
}
