package vn.renluyen.completion;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.curriculum.Course;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.CourseCatalog.CourseOutline;
import vn.renluyen.curriculum.CourseCatalog.LessonEntry;
import vn.renluyen.curriculum.LearningProgress;
import vn.renluyen.curriculum.LessonRead;
import vn.renluyen.quiz.AttemptGraded;
import vn.renluyen.quiz.LessonQuizzes;
import vn.renluyen.quiz.QuizSubject;

/**
 * Records completions the moment they happen. The listeners are synchronous on purpose (not
 * after-commit): the completion is written in the transaction of the passing attempt or of the read,
 * so both commit or neither does, and the learner sees the completion as soon as the page returns.
 * A lesson is completed when it is read to the end and, if it has a quiz, passed, in either order.
 */
@Component
public class CompletionRecorder {

    private final LessonCompletionRepository lessonCompletions;
    private final CourseCompletionRepository courseCompletions;
    private final CompletionConfirmationRepository confirmations;
    private final ReflectionPaperRepository papers;
    private final ConfirmationIssuer issuer;
    private final LessonQuizzes quizzes;
    private final LearningProgress progress;
    private final CourseCatalog catalog;
    private final EntityManager entityManager;
    private final Clock clock;

    CompletionRecorder(LessonCompletionRepository lessonCompletions, CourseCompletionRepository courseCompletions,
            CompletionConfirmationRepository confirmations, ReflectionPaperRepository papers, ConfirmationIssuer issuer,
            LessonQuizzes quizzes, LearningProgress progress, CourseCatalog catalog, EntityManager entityManager,
            Clock clock) {
        this.lessonCompletions = lessonCompletions;
        this.courseCompletions = courseCompletions;
        this.confirmations = confirmations;
        this.papers = papers;
        this.issuer = issuer;
        this.quizzes = quizzes;
        this.progress = progress;
        this.catalog = catalog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void attemptGraded(AttemptGraded graded) {
        if (graded.subject().kind() != QuizSubject.Kind.LESSON || !graded.passed()) {
            return;
        }
        long moduleId = graded.subject().id();
        progress.revisionRead(graded.accountId(), moduleId).ifPresent(revision ->
                completeLesson(graded.accountId(), graded.memberId(), moduleId, revision, graded.attemptId()));
    }

    @EventListener
    @Transactional
    void lessonRead(LessonRead read) {
        if (quizzes.hasQuiz(read.moduleId()) && !quizzes.hasPassed(read.accountId(), read.moduleId())) {
            return;
        }
        completeLesson(read.accountId(), read.memberId(), read.moduleId(), read.revision(), null);
    }

    /**
     * Completes the course if everything it asks for is done; for callers that change one of its
     * conditions outside lessons, such as the acceptance of a reflection paper.
     */
    @Transactional
    public void checkCourse(long accountId, Long memberId, long courseId) {
        Course course = entityManager.find(Course.class, courseId);
        if (course != null) {
            catalog.course(course.getSlug()).ifPresent(outline -> checkCourse(accountId, memberId, outline));
        }
    }

    private void completeLesson(long accountId, Long memberId, long moduleId, int revision, Long attemptId) {
        lessonCompletions.insertIfAbsent(accountId, memberId, moduleId, clock.instant(), "bản " + revision, attemptId);
        catalog.courseOf(moduleId).ifPresent(outline -> checkCourse(accountId, memberId, outline));
    }

    private void checkCourse(long accountId, Long memberId, CourseOutline outline) {
        List<LessonEntry> lessons = outline.lessons();
        List<Long> moduleIds = lessons.stream().map(LessonEntry::moduleId).toList();
        Course course = outline.course();
        if (lessons.isEmpty()
                || lessonCompletions.findByAccountIdAndModuleIdIn(accountId, moduleIds).size() < moduleIds.size()
                || course.isReflectionPaper() && !paperAccepted(accountId, course.getId())) {
            return;
        }
        courseCompletions.insertIfAbsent(accountId, memberId, course.getId(), clock.instant(),
                contentVersion(accountId, course, lessons));
        // Holding the completion's row lock, only one transaction gets here without a paper for it.
        Optional<Long> completionId = courseCompletions.lockId(accountId, course.getId());
        if (completionId.isPresent() && confirmations.lockCountFor(completionId.get()) == 0) {
            issuer.issue(courseCompletions.findById(completionId.get()).orElseThrow(), course);
        }
    }

    private boolean paperAccepted(long accountId, long courseId) {
        return papers.findByAccountIdAndCourseId(accountId, courseId)
                .filter(p -> p.getStatus() == ReflectionPaperStatus.ACCEPTED).isPresent();
    }

    /** "3f2a91c0/2.1": which course description and which revision of each lesson (in order) were studied. */
    private String contentVersion(long accountId, Course course, List<LessonEntry> lessons) {
        String hash = course.getContentHash();
        return hash.substring(0, Math.min(8, hash.length())) + "/" + lessons.stream()
                .map(l -> progress.revisionRead(accountId, l.moduleId()).map(String::valueOf).orElse("?"))
                .collect(Collectors.joining("."));
    }
}
