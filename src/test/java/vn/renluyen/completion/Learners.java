package vn.renluyen.completion;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.ApplicationContext;
import vn.renluyen.Users;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.LearningProgress;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.quiz.LessonQuizzes;
import vn.renluyen.quiz.Paper;
import vn.renluyen.quiz.QuizDefinition;
import vn.renluyen.quiz.QuizImport;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.Role;

/**
 * Fresh learners for completion tests (the Spring context is shared and attempts are limited per
 * account), and what a learner does: read a lesson, pass or fail its quiz. Not a bean, so the
 * shared test context stays the same for every other test.
 */
public class Learners {

    public static final String PASSWORD = "RenLuyen@2026";
    public static final String TEACHERS = "Chi bộ Giáo viên";
    public static final String VILLAGE = "Chi bộ thôn Đông Hoà";
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final UserDetailsService users;
    private final MemberService members;
    private final OrganizationService organizations;
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final LearningProgress progress;
    private final LessonQuizzes quizzes;
    private final QuizImport quizImport;
    private final Confirmations confirmations;

    public Learners(ApplicationContext context) {
        this.users = context.getBean(UserDetailsService.class);
        this.members = context.getBean(MemberService.class);
        this.organizations = context.getBean(OrganizationService.class);
        this.accounts = context.getBean(AccountService.class);
        this.catalog = context.getBean(CourseCatalog.class);
        this.progress = context.getBean(LearningProgress.class);
        this.quizzes = context.getBean(LessonQuizzes.class);
        this.quizImport = context.getBean(QuizImport.class);
        this.confirmations = context.getBean(Confirmations.class);
    }

    public record Learner(String username, long accountId, long memberId, String name) {
    }

    /** A new member record in {@code organizationName} with an account of its own. */
    public Learner create(String familyMiddleName, String givenName, String organizationName) {
        String username = "hv-" + COUNT.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return Users.as(users, "admin", () -> {
            Member member = members.register(familyMiddleName, givenName, LocalDate.of(1995, 3, 8),
                    organization(organizationName).getId(), MemberStatus.PROBATIONARY, LocalDate.of(2026, 1, 9), null,
                    "Kết nạp (dữ liệu kiểm thử)");
            long accountId = accounts.createMemberAccount(member.getId(), username, PASSWORD).getId();
            return new Learner(username, accountId, member.getId(), member.getFullName());
        });
    }

    public Organization organization(String name) {
        return Users.as(users, "admin", () -> organizations.manageable()).stream()
                .filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
    }

    public CourseCatalog.CourseOutline course(String slug) {
        return catalog.course(slug).orElseThrow();
    }

    public void read(Learner learner, String courseSlug, String moduleSlug) {
        CourseCatalog.Lesson lesson = catalog.lesson(courseSlug, moduleSlug).orElseThrow();
        Users.run(users, learner.username(), () -> progress.read(lesson.entry().moduleId(), lesson.revision()));
    }

    public int revision(String courseSlug, String moduleSlug) {
        return catalog.lesson(courseSlug, moduleSlug).orElseThrow().revision();
    }

    /** Starts an attempt and submits the correct answer to every drawn question. */
    public LessonQuizzes.Outcome pass(Learner learner, long moduleId) {
        QuizDefinition bank = quizImport.bankOf(moduleId).orElseThrow();
        Map<String, Set<String>> correct = bank.questions().stream().collect(Collectors.toMap(
                QuizDefinition.Question::id, q -> q.options().stream().filter(QuizDefinition.Option::correct)
                        .map(QuizDefinition.Option::id).collect(Collectors.toSet())));
        return Users.as(users, learner.username(), () -> {
            LessonQuizzes.AttemptSheet sheet = quizzes.start(moduleId, UUID.randomUUID().toString());
            return quizzes.submit(sheet.attemptId(), sheet.questions().stream()
                    .collect(Collectors.toMap(Paper.ShownQuestion::id, q -> correct.get(q.id()))));
        });
    }

    /** Starts an attempt and submits it with nothing answered. */
    public LessonQuizzes.Outcome fail(Learner learner, long moduleId) {
        return Users.as(users, learner.username(), () -> {
            LessonQuizzes.AttemptSheet sheet = quizzes.start(moduleId, UUID.randomUUID().toString());
            return quizzes.submit(sheet.attemptId(), Map.of());
        });
    }

    /** Submits an already graded attempt again (a double click, a retry). */
    public LessonQuizzes.Outcome resubmit(Learner learner, long attemptId) {
        return Users.as(users, learner.username(), () -> quizzes.submit(attemptId, Map.of()));
    }

    /** Completes the two-lesson course without a reflection paper; returns the confirmation's code. */
    public String confirmed(Learner learner) {
        completeLessons(learner, "nghi-quyet-quy-dinh-cho-dang-vien");
        return Users.as(users, learner.username(), () -> confirmations.mine()).getFirst().getCode();
    }

    /** A staff account whose only grant is SECRETARY of {@code organizationName}. */
    public String secretaryOf(String organizationName) {
        String username = "bt-" + COUNT.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        long organizationId = organization(organizationName).getId();
        Users.run(users, "admin", () -> {
            long id = accounts.createStaffAccount(username, "Bí thư kiểm thử", PASSWORD).getId();
            accounts.grant(id, Role.SECRETARY, organizationId);
        });
        return username;
    }

    /** Reads every lesson of the course and passes every quiz it has. */
    public void completeLessons(Learner learner, String courseSlug) {
        for (CourseCatalog.LessonEntry lesson : course(courseSlug).lessons()) {
            read(learner, courseSlug, lesson.slug());
            if (quizzes.hasQuiz(lesson.moduleId())) {
                pass(learner, lesson.moduleId());
            }
        }
    }
}
