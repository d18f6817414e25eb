package vn.renluyen.curriculum;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;

/** A logged-in learner's progress: which lessons were opened and read to the end, and where to resume. */
@Service
public class LearningProgress {

    private final ReadingProgressRepository progress;
    private final ModuleRepository modules;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LearningProgress(ReadingProgressRepository progress, ModuleRepository modules, CourseCatalog catalog,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.progress = progress;
        this.modules = modules;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void opened(long moduleId) {
        currentUser.get().ifPresent(user -> record(user, moduleId).opened(clock.instant()));
    }

    /** Reached the end of the lesson, or pressed "mark as read": the revision read is kept. */
    @Transactional
    public void read(long moduleId, int revision) {
        PortalUser user = currentUser.require();
        record(user, moduleId).read(revision, clock.instant());
        events.publishEvent(new LessonRead(user.accountId(), user.memberId(), moduleId, revision));
    }

    /** The revision an account read to the end, if it did; for completions, which are checked per account. */
    @Transactional(readOnly = true)
    public Optional<Integer> revisionRead(long accountId, long moduleId) {
        return progress.findByAccountIdAndModuleId(accountId, moduleId).filter(ReadingProgress::isRead)
                .map(ReadingProgress::getRevisionRead);
    }

    @Transactional(readOnly = true)
    public boolean isRead(long moduleId) {
        return currentUser.get()
                .flatMap(u -> progress.findByAccountIdAndModuleId(u.accountId(), moduleId))
                .map(ReadingProgress::isRead).orElse(false);
    }

    /** When each account last opened any lesson, for the secretary's table. */
    @Transactional(readOnly = true)
    public Map<Long, java.time.Instant> lastOpened(java.util.Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Map.of() : progress.lastOpenedByAccount(accountIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (java.time.Instant) row[1]));
    }

    /** Progress in one course; the resume point is the last opened unread lesson, else the first unread. */
    @Transactional(readOnly = true)
    public Optional<CourseProgress> inCourse(String courseSlug) {
        Optional<PortalUser> user = currentUser.get();
        Optional<CourseCatalog.CourseOutline> outline = catalog.course(courseSlug);
        if (user.isEmpty() || outline.isEmpty()) {
            return Optional.empty();
        }
        List<CourseCatalog.LessonEntry> lessons = outline.get().lessons();
        Map<Long, ReadingProgress> mine = progress.findByAccountIdAndModuleIdIn(user.get().accountId(),
                lessons.stream().map(CourseCatalog.LessonEntry::moduleId).toList()).stream()
                .collect(Collectors.toMap(ReadingProgress::getModuleId, Function.identity()));
        long read = lessons.stream().filter(l -> mine.containsKey(l.moduleId()) && mine.get(l.moduleId()).isRead())
                .count();
        Optional<CourseCatalog.LessonEntry> lastOpenedUnread = lessons.stream()
                .filter(l -> mine.containsKey(l.moduleId()) && !mine.get(l.moduleId()).isRead())
                .max(Comparator.comparing(l -> mine.get(l.moduleId()).getLastOpenedAt()));
        Optional<CourseCatalog.LessonEntry> firstUnread = lessons.stream()
                .filter(l -> !mine.containsKey(l.moduleId()) || !mine.get(l.moduleId()).isRead()).findFirst();
        return Optional.of(new CourseProgress(outline.get().course(), lessons.size(), (int) read,
                lastOpenedUnread.or(() -> firstUnread).orElse(null), !mine.isEmpty(),
                lessons.stream().filter(l -> mine.containsKey(l.moduleId()) && mine.get(l.moduleId()).isRead())
                        .map(CourseCatalog.LessonEntry::moduleId).toList()));
    }

    /** Every course the learner has started, for "my learning". */
    @Transactional(readOnly = true)
    public List<CourseProgress> started() {
        return catalog.courses().stream()
                .map(card -> inCourse(card.course().getSlug()))
                .flatMap(Optional::stream)
                .filter(CourseProgress::started)
                .toList();
    }

    private ReadingProgress record(PortalUser user, long moduleId) {
        modules.findById(moduleId).orElseThrow(() -> new IllegalArgumentException("Unknown lesson " + moduleId));
        return progress.findByAccountIdAndModuleId(user.accountId(), moduleId)
                .orElseGet(() -> progress.save(new ReadingProgress(user.accountId(), moduleId, clock.instant())));
    }

    /** resumeAt is null when every lesson is read. */
    public record CourseProgress(Course course, int lessons, int read, CourseCatalog.LessonEntry resumeAt,
            boolean started, List<Long> readModuleIds) {

        public int percent() {
            return lessons == 0 ? 0 : Math.round(100f * read / lessons);
        }
    }
}
