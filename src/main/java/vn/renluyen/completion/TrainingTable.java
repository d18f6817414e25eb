package vn.renluyen.completion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.curriculum.Course;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.curriculum.LearningProgress;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberRecord;
import vn.renluyen.members.MemberService;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.quiz.LessonQuizzes;
import vn.renluyen.security.Account;
import vn.renluyen.security.AccountService;

/**
 * The secretary's table: every member of an organization's subtree × every course, with lessons
 * completed, last activity and the completion date. Scope is checked by MemberService (a secretary of
 * another branch gets an AccessDenied); the data comes in a few batched queries, not per member.
 */
@Service
public class TrainingTable {

    private static final int BATCH = 500;

    private final MemberService members;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final LearningProgress reading;
    private final LessonQuizzes quizzes;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    TrainingTable(MemberService members, CurrentUser currentUser, AccountService accounts, CourseCatalog catalog, LearningProgress reading,
            LessonQuizzes quizzes, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.members = members;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.catalog = catalog;
        this.reading = reading;
        this.quizzes = quizzes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Table of(long organizationId) {
        return table(members.inSubtree(organizationId).stream()
                .map(m -> new Learner(m.getId(), m.getFullName(), m.getOrganization().getName(), m.getStatus()))
                .toList());
    }

    /** One member's row, for their record page: the member, their secretary chain and ADMIN. */
    @Transactional(readOnly = true)
    public Row ofMember(MemberRecord record) {
        if (!currentUser.isSelf(record.id())) {
            currentUser.requireMember(record.id());
        }
        return table(List.of(new Learner(record.id(), record.fullName(), record.organizationName(), record.status())))
                .rows().getFirst();
    }

    private Table table(List<Learner> inScope) {
        Map<Long, Long> accountOf = accounts.accountsOfMembers(inScope.stream().map(Learner::memberId).toList())
                .stream().collect(Collectors.toMap(Account::getMemberId, Account::getId, (a, b) -> a));
        List<CourseColumn> courses = catalog.courses().stream()
                .map(card -> catalog.course(card.course().getSlug()).orElseThrow())
                .map(outline -> new CourseColumn(outline.course(), Set.copyOf(outline.lessons().stream()
                        .map(CourseCatalog.LessonEntry::moduleId).toList())))
                .toList();
        Collection<Long> accountIds = accountOf.values();
        Map<Long, List<Long>> lessonsDone = lessonCompletions(accountIds);
        Map<Long, Map<Long, Instant>> coursesDone = courseCompletions(accountIds);
        Map<Long, Instant> opened = reading.lastOpened(accountIds);
        Map<Long, Instant> submitted = quizzes.lastSubmitted(accountIds);
        List<Row> rows = new ArrayList<>();
        for (Learner member : inScope) {
            Long account = accountOf.get(member.memberId());
            List<Cell> cells = new ArrayList<>();
            for (CourseColumn column : courses) {
                long done = account == null ? 0 : lessonsDone.getOrDefault(account, List.of()).stream()
                        .filter(column.moduleIds()::contains).count();
                Instant completed = account == null ? null
                        : coursesDone.getOrDefault(account, Map.of()).get(column.course().getId());
                cells.add(new Cell(column.course(), (int) done, column.moduleIds().size(), day(completed)));
            }
            Instant last = account == null ? null : Stream.of(opened.get(account), submitted.get(account))
                    .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
            rows.add(new Row(member.memberId(), member.name(), member.organization(), member.status(),
                    account != null, last, cells));
        }
        return new Table(courses.stream().map(CourseColumn::course).toList(), rows);
    }

    private record Learner(long memberId, String name, String organization, MemberStatus status) {
    }

    private Map<Long, List<Long>> lessonCompletions(Collection<Long> accountIds) {
        Map<Long, List<Long>> done = new HashMap<>();
        inBatches(accountIds, batch -> jdbc.query("select account_id, module_id from lesson_completion"
                + " where account_id in (:ids)", Map.of("ids", batch), rs -> {
                    done.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }));
        return done;
    }

    private Map<Long, Map<Long, Instant>> courseCompletions(Collection<Long> accountIds) {
        Map<Long, Map<Long, Instant>> done = new HashMap<>();
        inBatches(accountIds, batch -> jdbc.query("select account_id, course_id, completed_at from course_completion"
                + " where account_id in (:ids)", Map.of("ids", batch), rs -> {
                    done.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                            rs.getTimestamp(3).toInstant());
                }));
        return done;
    }

    private static void inBatches(Collection<Long> ids, java.util.function.Consumer<List<Long>> work) {
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            work.accept(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toLocalDate();
    }

    private record CourseColumn(Course course, Set<Long> moduleIds) {
    }

    public record Table(List<Course> courses, List<Row> rows) {
    }

    /** hasAccount is false for members who cannot log in yet: they cannot have progress. */
    public record Row(long memberId, String name, String organization, MemberStatus status, boolean hasAccount,
            Instant lastActivity, List<Cell> cells) {

        public Optional<Cell> cell(long courseId) {
            return cells.stream().filter(c -> c.course().getId() == courseId).findFirst();
        }
    }

    public record Cell(Course course, int lessonsCompleted, int lessons, LocalDate completedOn) {

        public Progress progress() {
            if (completedOn != null) {
                return Progress.COMPLETED;
            }
            return lessonsCompleted == 0 ? Progress.NOT_STARTED : Progress.IN_PROGRESS;
        }
    }

    public enum Progress {
        NOT_STARTED, IN_PROGRESS, COMPLETED
    }
}
