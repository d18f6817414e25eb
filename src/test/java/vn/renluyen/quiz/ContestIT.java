package vn.renluyen.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.Users;
import vn.renluyen.base.TableExport.Table;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.MemberDirectory;

@PortalIntegrationTest
class ContestIT {

    static final String SCHOOL = "Đảng bộ Trường Trung học phổ thông Hoà An";
    static final String TEACHERS = "Chi bộ Giáo viên";
    static final String VILLAGE = "Chi bộ thôn Đông Hoà";

    @Autowired
    UserDetailsService users;
    @Autowired
    ContestService contests;
    @Autowired
    ContestEntries entries;
    @Autowired
    Leaderboards boards;
    @Autowired
    ContestResults results;
    @Autowired
    QuizAttemptRepository attempts;
    @Autowired
    MemberService members;
    @Autowired
    vn.renluyen.members.MemberStatuses statuses;
    @Autowired
    TestClock clock;

    ContestFixture fixture;

    @BeforeEach
    void fixture(@Autowired AccountService accounts, @Autowired MemberDirectory directory,
            @Autowired CourseCatalog catalog) {
        fixture = new ContestFixture(users, accounts, members, directory, catalog, contests, entries, attempts, clock);
    }

    @Test
    void rankingBreaksTiesByPredictionThenTimeThenSubmission() {
        String slug = fixture.contest("Tìm hiểu Điều lệ Đảng", Set.of(), 1, true);
        long round = fixture.firstRound(slug);
        String a = fixture.entrant("A", TEACHERS);
        String b = fixture.entrant("B", TEACHERS);
        String c = fixture.entrant("C", VILLAGE);
        String d = fixture.entrant("D", TEACHERS);
        String e = fixture.entrant("E", VILLAGE);
        String f = fixture.entrant("F", TEACHERS);
        fixture.take(a, round, 3, Duration.ofSeconds(60), 2);
        fixture.take(b, round, 3, Duration.ofSeconds(30), 5);
        fixture.take(c, round, 3, Duration.ofSeconds(30), 2);
        fixture.take(d, round, 2, Duration.ofSeconds(10), 3);
        fixture.take(e, round, 2, Duration.ofSeconds(20), 3);
        fixture.take(f, round, 2, Duration.ofSeconds(20), 3);

        Leaderboards.RoundBoard board = boards.rounds(slug).getFirst();
        assertThat(board.perfectCount()).isEqualTo(3);
        // Three perfect scores: C and A guessed 2 (off by 1), B guessed 5 (off by 2); C was quicker than A.
        // D, E, F: same score, D quickest; E and F took 20 s each and E submitted first.
        assertThat(board.standings()).extracting(Standing::name).containsExactly("Thí Sinh C", "Thí Sinh A",
                "Thí Sinh B", "Thí Sinh D", "Thí Sinh E", "Thí Sinh F");
        assertThat(board.standings()).extracting(Standing::rank).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(board.standings().getFirst().timeTakenMs()).isEqualTo(30_000);

        // Overall (no prediction): B and C both 3 points in 30 s, B submitted earlier.
        assertThat(boards.overall(slug)).extracting(Standing::name).containsExactly("Thí Sinh B", "Thí Sinh C",
                "Thí Sinh A", "Thí Sinh D", "Thí Sinh E", "Thí Sinh F");

        List<Standing> school = Leaderboards.within(boards.overall(slug), fixture.organization(SCHOOL));
        assertThat(school).extracting(Standing::name).containsExactly("Thí Sinh B", "Thí Sinh A", "Thí Sinh D",
                "Thí Sinh F");
        assertThat(school).extracting(Standing::rank).containsExactly(1, 2, 3, 4);
        var organizations = boards.organizations(boards.overall(slug));
        var teachers = organizations.stream().filter(o -> o.name().equals(TEACHERS)).findFirst().orElseThrow();
        assertThat(teachers.entrants()).isEqualTo(4);
        assertThat(teachers.averagePoints()).isEqualTo(2.5);
        var village = organizations.stream().filter(o -> o.name().equals(VILLAGE)).findFirst().orElseThrow();
        assertThat(village.entrants()).isEqualTo(2);
        assertThat(village.averagePoints()).isEqualTo(2.5);
    }

    @Test
    void withoutThePredictionQuestionTimeDecides() {
        String slug = fixture.contest("Không dự đoán", Set.of(), 1, false);
        long round = fixture.firstRound(slug);
        String slow = fixture.entrant("Chậm", TEACHERS);
        String quick = fixture.entrant("Nhanh", TEACHERS);
        fixture.take(slow, round, 3, Duration.ofSeconds(50), null);
        fixture.take(quick, round, 3, Duration.ofSeconds(40), null);
        assertThat(boards.rounds(slug).getFirst().standings()).extracting(Standing::name)
                .containsExactly("Thí Sinh Nhanh", "Thí Sinh Chậm");
        String guessing = fixture.entrant("Đoán", TEACHERS);
        assertThatThrownBy(() -> Users.as(users, guessing, () -> entries.enter(round, ContestFixture.key(), 4)))
                .isInstanceOf(ContestProblem.class).hasMessage("contest.enter.badPrediction");
    }

    @Test
    void aLateSubmissionIsFlaggedAndNotCounted() {
        String slug = fixture.contest("Nộp muộn", Set.of(), 2, false);
        long round = fixture.firstRound(slug);
        String late = fixture.entrant("Muộn", TEACHERS);
        String onTime = fixture.entrant("Đúng giờ", TEACHERS);
        ContestEntries.Result refused = fixture.take(late, round, 3, Duration.ofMinutes(11), null);
        fixture.take(onTime, round, 1, Duration.ofMinutes(5), null);
        assertThat(refused.late()).isTrue();
        assertThat(refused.counted()).isFalse();
        assertThat(boards.rounds(slug).getFirst().standings()).extracting(Standing::name)
                .containsExactly("Thí Sinh Đúng giờ");
    }

    @Test
    void aLessonQuizPageCannotActOnAContestAttempt(@Autowired LessonQuizzes lessons) {
        String slug = fixture.contest("Không lẫn lượt", Set.of(), 2, false);
        long round = fixture.firstRound(slug);
        String entrant = fixture.entrant("Lẫn", TEACHERS);
        long attemptId = Users.as(users, entrant, () -> entries.enter(round, "khong-lan-" + System.nanoTime(), null))
                .attemptId();
        assertThatThrownBy(() -> Users.run(users, entrant, () -> lessons.submit(attemptId, java.util.Map.of())))
                .isInstanceOf(QuizProblem.class).hasMessage("quiz.attempt.notFound");
        assertThatThrownBy(() -> Users.run(users, entrant, () -> lessons.answer(attemptId, "q01", Set.of("a"))))
                .isInstanceOf(QuizProblem.class).hasMessage("quiz.attempt.notFound");
        assertThat(attempts.findById(attemptId).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void attemptsPerRoundAreKeptAndTheBestOneCounts() {
        String slug = fixture.contest("Hai lần", Set.of(), 2, false);
        long round = fixture.firstRound(slug);
        String twice = fixture.entrant("Hai", TEACHERS);
        fixture.take(twice, round, 1, Duration.ofSeconds(30), null);
        fixture.take(twice, round, 2, Duration.ofSeconds(90), null);
        assertThatThrownBy(() -> fixture.take(twice, round, 3, Duration.ofSeconds(10), null))
                .isInstanceOf(QuizProblem.class).hasMessage("quiz.attempt.noneLeft");
        Standing counted = boards.rounds(slug).getFirst().standings().getFirst();
        assertThat(counted.points()).isEqualTo(2.0);
        assertThat(counted.timeTakenMs()).isEqualTo(90_000);
        assertThat(Users.as(users, twice, () -> entries.mine(round))).hasSize(2);
    }

    @Test
    void onlyEligibleMembersAndCandidatesEnterInsideTheWindow() {
        String slug = fixture.contest("Chỉ trường Hoà An", Set.of(fixture.organization(SCHOOL)), 1, false);
        long round = fixture.firstRound(slug);
        String inside = fixture.entrant("Trong", TEACHERS);
        String candidate = fixture.entrant("Quần chúng", TEACHERS, MemberStatus.CANDIDATE);
        String outside = fixture.entrant("Ngoài", VILLAGE);
        assertThat(Users.as(users, inside, () -> entries.enter(round, ContestFixture.key(), null)).questions())
                .hasSize(3).allSatisfy(q -> assertThat(q.options()).isNotEmpty());
        assertThat(Users.as(users, candidate, () -> entries.enter(round, ContestFixture.key(), null))).isNotNull();
        assertRefused(outside, round, "contest.enter.otherOrganization");
        assertRefused("bientap", round, "contest.enter.noMember");
        assertThat(contests.page(slug).orElseThrow().refusal()).isEqualTo("contest.enter.login");
        assertThat(Users.as(users, inside, () -> contests.page(slug).orElseThrow().refusal())).isNull();
        assertThat(Users.as(users, outside, () -> contests.page(slug).orElseThrow().refusal()))
                .isEqualTo("contest.enter.otherOrganization");

        String suspended = fixture.entrant("Đình chỉ", TEACHERS);
        long memberId = Users.as(users, suspended, () -> ((vn.renluyen.security.PortalUser) org.springframework
                .security.core.context.SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .memberId());
        Users.run(users, "admin", () -> statuses.suspend(memberId, "12-QĐ/ĐU", LocalDate.of(2026, 11, 1),
                "Thử"));
        assertRefused(suspended, round, "contest.enter.notActive");

        String later = Users.as(users, "bientap", () -> {
            ContestSettings s = fixture.settings("Sắp mở", Set.of(), 1, false);
            return contests.create(new ContestSettings(s.title(), s.rules(), clock.instant().plus(Duration.ofDays(1)),
                    clock.instant().plus(Duration.ofDays(2)), false, Set.of(), s.sources(), 3, 10, 1, false, false));
        });
        assertRefused(inside, fixture.firstRound(later), "contest.enter.notYet");
        clock.advance(Duration.ofDays(7));
        try {
            assertRefused(inside, round, "contest.enter.closed");
        } finally {
            clock.reset();
        }
    }

    @Test
    void theFormRefusesWhatDoesNotAddUp() {
        ContestSettings s = fixture.settings("Sai", Set.of(), 1, false);
        assertThatThrownBy(() -> Users.run(users, "bientap", () -> contests.create(new ContestSettings(s.title(),
                s.rules(), s.closesAt(), s.opensAt(), false, Set.of(), s.sources(), 3, 10, 1, false, false))))
                .hasMessage("contest.error.closesBeforeOpens");
        assertThatThrownBy(() -> Users.run(users, "bientap", () -> contests.create(new ContestSettings(s.title(),
                s.rules(), s.opensAt(), s.closesAt(), false, Set.of(), Set.of(), 3, 10, 1, false, false))))
                .hasMessage("contest.error.noSource");
        assertThatThrownBy(() -> Users.run(users, "bientap", () -> contests.create(new ContestSettings(s.title(),
                s.rules(), s.opensAt(), s.closesAt(), false, Set.of(), s.sources(), 500, 10, 1, false, false))))
                .hasMessage("contest.error.poolTooSmall");
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> contests.create(s)))
                .isInstanceOf(AccessDeniedException.class);
        ContestSettings weekly = new ContestSettings(s.title(), s.rules(), s.opensAt(),
                s.opensAt().plus(Duration.ofDays(17)), true, Set.of(), s.sources(), 3, 10, 1, false, false);
        String slug = Users.as(users, "xuatban", () -> contests.create(weekly));
        assertThat(contests.page(slug).orElseThrow().rounds()).extracting(ContestService.Round::number)
                .containsExactly(1, 2, 3);
        assertThat(contests.page(slug).orElseThrow().rulesHtml()).contains("<strong>3 câu</strong>");
    }

    @Test
    void resultsExportForStaffAndForSecretariesWithinTheirBranch() {
        String slug = fixture.contest("Xuất kết quả", Set.of(), 1, true);
        long round = fixture.firstRound(slug);
        String teacher = fixture.entrant("Giáo", TEACHERS);
        String villager = fixture.entrant("Thôn", VILLAGE);
        fixture.take(villager, round, 3, Duration.ofSeconds(65), 1);
        fixture.take(teacher, round, 2, Duration.ofSeconds(20), 4);

        Table all = Users.as(users, "bientap", () -> results.table(slug, 1));
        assertThat(all.headers()).containsExactly("Hạng", "Họ và tên", "Tổ chức đảng", "Điểm", "Thời gian làm bài",
                "Nộp lúc", "Dự đoán");
        assertThat(all.rows()).hasSize(2);
        assertThat(all.rows().getFirst()).containsSequence(1, "Thí Sinh Thôn", VILLAGE, 3.0, "01:05");
        assertThat(all.rows().getFirst().get(6)).isEqualTo(1);

        Table branch = Users.as(users, "bithu", () -> results.table(slug, null));
        assertThat(branch.rows()).hasSize(1);
        assertThat(branch.rows().getFirst()).containsSequence(2, "Thí Sinh Giáo", TEACHERS, 2.0, "00:20");
        assertThatThrownBy(() -> Users.as(users, "dangvien", () -> results.table(slug, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twoSimultaneousSubmissionsOfOneAttemptGradeItOnce() throws Exception {
        String slug = fixture.contest("Nộp hai lần", Set.of(), 1, false);
        long round = fixture.firstRound(slug);
        String entrant = fixture.entrant("Đồng thời", TEACHERS);
        ContestEntries.Sheet sheet = Users.as(users, entrant, () -> entries.enter(round, ContestFixture.key(), null));
        var answers = fixture.answers(sheet.attemptId(), 2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ContestEntries.Result>> submitted = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                submitted.add(pool.submit(() -> Users.as(users, entrant, () -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return entries.submit(sheet.attemptId(), answers);
                })));
            }
            go.countDown();
            ContestEntries.Result first = submitted.get(0).get();
            ContestEntries.Result second = submitted.get(1).get();
            assertThat(first.points()).isEqualTo(2.0).isEqualTo(second.points());
            // One of them comes from the row just graded (nanoseconds), the other re-read from DATETIME(6).
            assertThat(first.submittedAt().truncatedTo(ChronoUnit.MICROS))
                    .isEqualTo(second.submittedAt().truncatedTo(ChronoUnit.MICROS));
        } finally {
            pool.shutdownNow();
        }
        assertThat(attempts.findBySubjectAndStatus(QuizSubject.contestRound(round).key(), AttemptStatus.GRADED))
                .hasSize(1);
        assertThat(boards.rounds(slug).getFirst().standings()).hasSize(1);
    }

    private void assertRefused(String username, long round, String key) {
        assertThatThrownBy(() -> Users.as(users, username, () -> entries.enter(round, ContestFixture.key(), null)))
                .isInstanceOf(ContestProblem.class).hasMessage(key);
    }
}
