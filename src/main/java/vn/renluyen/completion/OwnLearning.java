package vn.renluyen.completion;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.renluyen.base.MediaService;
import vn.renluyen.base.StoredMedia;
import vn.renluyen.base.TableExport.Table;
import vn.renluyen.curriculum.Course;
import vn.renluyen.members.OwnDataPart;

/**
 * The holder's own online study for "Tải dữ liệu của tôi": lessons read and completed, courses completed, the
 * online-completion confirmations (revoked ones too) and the reflection papers' facts (course, state, dates,
 * comment, the attached file's name; the text and the file themselves stay on their pages).
 */
@Component
class OwnLearning implements OwnDataPart {

    private final MyLearning learning;
    private final CompletionConfirmationRepository confirmations;
    private final ReflectionPaperRepository papers;
    private final MediaService media;
    private final EntityManager entityManager;

    OwnLearning(MyLearning learning, CompletionConfirmationRepository confirmations, ReflectionPaperRepository papers,
            MediaService media, EntityManager entityManager) {
        this.learning = learning;
        this.confirmations = confirmations;
        this.papers = papers;
        this.media = media;
        this.entityManager = entityManager;
    }

    @Override
    public int order() {
        return 10;
    }

    /** {@link MyLearning} reads the signed-in account, which {@code OwnData} has checked is the owner's. */
    @Override
    public List<Table> tables(Owner owner, Labels labels) {
        return List.of(learningSheet(owner, labels), confirmationsSheet(owner, labels), papersSheet(owner, labels));
    }

    private Table learningSheet(Owner owner, Labels labels) {
        List<List<Object>> rows = new ArrayList<>();
        for (MyLearning.CourseLine course : learning.courses()) {
            if (!course.started() && course.completedAt() == null) {
                continue;
            }
            String title = course.outline().course().getTitle();
            course.lessons().forEach(lesson -> rows.add(Arrays.asList(title, lesson.lesson().title(), lesson.read(),
                    owner.time(lesson.completedAt()))));
            rows.add(Arrays.asList(title, labels.getTranslation("mydata.learning.wholeCourse"), null,
                    owner.time(course.completedAt())));
        }
        return new Table(labels.getTranslation("mydata.sheet.learning"), labels.headers("mydata.column.course",
                "mydata.column.lesson", "mydata.column.read", "mydata.column.completedAt"), rows);
    }

    private Table confirmationsSheet(Owner owner, Labels labels) {
        List<List<Object>> rows = confirmations.findByAccountIdOrderByIssuedAtDesc(owner.accountId()).stream()
                .map(c -> Arrays.<Object>asList(c.getCode(), c.getCourseTitle(), c.getHolderName(), c.getCompletedOn(),
                        owner.time(c.getIssuedAt()), labels.getTranslation(c.isRevoked() ? "completion.status.revoked"
                                : "completion.status.valid"), owner.time(c.getRevokedAt()), c.getRevokeReason()))
                .toList();
        return new Table(labels.getTranslation("mydata.sheet.confirmations"), labels.headers("mydata.column.code",
                "mydata.column.course", "mydata.column.holder", "mydata.column.completedOn", "mydata.column.issuedAt",
                "mydata.field.status", "mydata.column.revokedAt", "mydata.column.revokeReason"), rows);
    }

    private Table papersSheet(Owner owner, Labels labels) {
        List<List<Object>> rows = papers.findByAccountIdOrderBySubmittedAtAscIdAsc(owner.accountId()).stream()
                .map(p -> Arrays.<Object>asList(courseTitle(p.getCourseId()),
                        labels.getTranslation("mydata.paper." + p.getStatus().name().toLowerCase(Locale.ROOT)),
                        owner.time(p.getSubmittedAt()), owner.time(p.getReviewedAt()), p.getReviewComment(),
                        p.getMediaId() == null ? null
                                : media.find(p.getMediaId()).map(StoredMedia::originalName).orElse(null)))
                .toList();
        return new Table(labels.getTranslation("mydata.sheet.papers"), labels.headers("mydata.column.course",
                "mydata.field.status", "mydata.column.submittedAt", "mydata.column.reviewedAt",
                "mydata.column.comment", "mydata.column.document"), rows);
    }

    private String courseTitle(long courseId) {
        Course course = entityManager.find(Course.class, courseId);
        return course == null ? null : course.getTitle();
    }
}
