package vn.renluyen.quiz;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.TestClock;
import vn.renluyen.Users;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.MemberDirectory;

/**
 * Contests and entrants for the contest tests: fresh accounts with member records (the context is shared),
 * and attempts answered with a chosen number of correct answers, read from the paper the server drew.
 */
public final class ContestFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String PASSWORD = "RenLuyen@2026";

    private final UserDetailsService users;
    private final AccountService accounts;
    private final MemberService members;
    private final MemberDirectory directory;
    private final CourseCatalog catalog;
    private final ContestService contests;
    private final ContestEntries entries;
    private final QuizAttemptRepository attempts;
    private final TestClock clock;

    /** For tests outside this package (the views' tests), which cannot name the package's beans. */
    public static ContestFixture from(org.springframework.context.ApplicationContext context) {
        return new ContestFixture(context.getBean(UserDetailsService.class), context.getBean(AccountService.class),
                context.getBean(MemberService.class), context.getBean(MemberDirectory.class),
                context.getBean(CourseCatalog.class), context.getBean(ContestService.class),
                context.getBean(ContestEntries.class), context.getBean(QuizAttemptRepository.class),
                context.getBean(TestClock.class));
    }

    ContestFixture(UserDetailsService users, AccountService accounts, MemberService members, MemberDirectory directory,
            CourseCatalog catalog, ContestService contests, ContestEntries entries, QuizAttemptRepository attempts,
            TestClock clock) {
        this.users = users;
        this.accounts = accounts;
        this.members = members;
        this.directory = directory;
        this.catalog = catalog;
        this.contests = contests;
        this.entries = entries;
        this.attempts = attempts;
        this.clock = clock;
    }

    long organization(String name) {
        return directory.organizations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    long sourceLesson() {
        return catalog.course("nghi-quyet-quy-dinh-cho-dang-vien").orElseThrow().lessons().getFirst().moduleId();
    }

    ContestSettings settings(String title, Set<Long> organizations, int attempts, boolean prediction) {
        return new ContestSettings(title + " " + UUID.randomUUID().toString().substring(0, 6),
                "## Thể lệ\n\nMỗi vòng trả lời **3 câu**.", clock.instant().minus(Duration.ofHours(1)),
                clock.instant().plus(Duration.ofDays(6)), false, organizations, Set.of(sourceLesson()), 3, 10,
                attempts, false, prediction);
    }

    public String contest(String title, Set<Long> organizations, int attempts, boolean prediction) {
        return Users.as(users, "bientap", () -> contests.create(settings(title, organizations, attempts, prediction)));
    }

    public long firstRound(String slug) {
        return contests.page(slug).orElseThrow().rounds().getFirst().id();
    }

    /** A new account with a member record of the given status in the organization; returns the username. */
    String entrant(String givenName, String organization, MemberStatus status) {
        String username = "thi" + SEQUENCE.incrementAndGet() + UUID.randomUUID().toString().substring(0, 5);
        return Users.as(users, "admin", () -> {
            long memberId = members.register("Thí Sinh", givenName, LocalDate.of(1995, 1, 1),
                    organization(organization), status, LocalDate.of(2025, 1, 1), null, "Thí sinh thử").getId();
            accounts.createMemberAccount(memberId, username, PASSWORD);
            return username;
        });
    }

    public String entrant(String givenName, String organization) {
        return entrant(givenName, organization, MemberStatus.PROBATIONARY);
    }

    /** Enters, answers {@code correct} questions right and the others wrong, waits {@code taking}, submits. */
    public ContestEntries.Result take(String username, long roundId, int correct, Duration taking, Integer prediction) {
        return Users.as(users, username, () -> {
            ContestEntries.Sheet sheet = entries.enter(roundId, key(), prediction);
            Map<String, Set<String>> answers = answers(sheet.attemptId(), correct);
            clock.advance(taking);
            return entries.submit(sheet.attemptId(), answers);
        });
    }

    Map<String, Set<String>> answers(long attemptId, int correct) {
        Paper paper = PaperCodec.paper(attempts.findById(attemptId).orElseThrow().getPaper());
        Map<String, Set<String>> answers = new HashMap<>();
        List<Paper.PaperQuestion> questions = paper.questions();
        for (int i = 0; i < questions.size(); i++) {
            Paper.PaperQuestion q = questions.get(i);
            answers.put(q.id(), i < correct ? q.correctIds() : Set.of(q.options().stream()
                    .filter(o -> !o.correct()).findFirst().orElseThrow().id()));
        }
        return answers;
    }

    static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
