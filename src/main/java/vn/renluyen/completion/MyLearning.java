package vn.renluyen.completion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.CourseCatalog.CourseOutline;
import vn.renluyen.curriculum.CourseCatalog.LessonEntry;
import vn.renluyen.curriculum.LearningProgress;
import vn.renluyen.quiz.LessonQuizzes;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;

/**
 * "Việc học của tôi" for the logged-in learner: per course, each lesson read or not, its quiz standing,
 * completed or not, and the course's completion date. Everything is read from the records the moment
 * they are written, so what the learner sees here is what their secretary sees.
 */
@Service
public class MyLearning {

    private final CourseCatalog catalog;
    private final LearningProgress reading;
    private final LessonQuizzes quizzes;
    private final LessonCompletionRepository lessonCompletions;
    private final CourseCompletionRepository courseCompletions;
    private final CurrentUser currentUser;
    private final CompletionRecorder recorder;

    MyLearning(CourseCatalog catalog, LearningProgress reading, LessonQuizzes quizzes,
            LessonCompletionRepository lessonCompletions, CourseCompletionRepository courseCompletions,
            CurrentUser currentUser, CompletionRecorder recorder) {
        this.catalog = catalog;
        this.reading = reading;
        this.quizzes = quizzes;
        this.lessonCompletions = lessonCompletions;
        this.courseCompletions = courseCompletions;
        this.currentUser = currentUser;
        this.recorder = recorder;
    }

    public List<CourseLine> courses() {
        PortalUser user = currentUser.require();
        return catalog.courses().stream()
                .map(card -> catalog.course(card.course().getSlug()).orElseThrow())
                .map(outline -> line(user, outline))
                .toList();
    }

    private CourseLine line(PortalUser user, CourseOutline outline) {
        List<Long> moduleIds = outline.lessons().stream().map(LessonEntry::moduleId).toList();
        Map<Long, LessonCompletion> done = lessonCompletions.findByAccountIdAndModuleIdIn(user.accountId(), moduleIds)
                .stream().collect(Collectors.toMap(LessonCompletion::getModuleId, Function.identity()));
        Optional<LearningProgress.CourseProgress> progress = reading.inCourse(outline.course().getSlug());
        List<Long> read = progress.map(LearningProgress.CourseProgress::readModuleIds).orElse(List.of());
        List<LessonLine> lessons = outline.lessons().stream().map(lesson -> new LessonLine(lesson,
                read.contains(lesson.moduleId()), quizzes.standing(lesson.moduleId()).orElse(null),
                Optional.ofNullable(done.get(lesson.moduleId())).map(LessonCompletion::getCompletedAt).orElse(null)))
                .toList();
        if (!moduleIds.isEmpty() && done.size() == moduleIds.size()) {
            // Two lessons finished in concurrent transactions each miss the other; the course is completed here then.
            recorder.checkCourse(user.accountId(), user.memberId(), outline.course().getId());
        }
        Instant completed = courseCompletions.findByAccountIdAndCourseId(user.accountId(), outline.course().getId())
                .map(CourseCompletion::getCompletedAt).orElse(null);
        return new CourseLine(outline, lessons, completed, progress.map(LearningProgress.CourseProgress::resumeAt)
                .orElse(outline.lessons().isEmpty() ? null : outline.lessons().getFirst()));
    }

    public record CourseLine(CourseOutline outline, List<LessonLine> lessons, Instant completedAt, LessonEntry resumeAt) {

        public long lessonsCompleted() {
            return lessons.stream().filter(l -> l.completedAt() != null).count();
        }

        public boolean started() {
            return lessons.stream().anyMatch(l -> l.read() || l.quiz() != null && !l.quiz().attempts().isEmpty());
        }
    }

    /** quiz is null when the lesson has no quiz. */
    public record LessonLine(LessonEntry lesson, boolean read, LessonQuizzes.Standing quiz, Instant completedAt) {
    }
}
