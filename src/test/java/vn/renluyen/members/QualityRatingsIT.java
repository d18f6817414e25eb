package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.Users;
import vn.renluyen.security.AccountService;

/** Ratings of one cell of the school's own: points, forced conditions, exclusions, the quota, who decides. */
@PortalIntegrationTest
class QualityRatingsIT {

    @Autowired
    QualityRatings ratings;
    @Autowired
    MemberService members;
    @Autowired
    MemberStatuses statuses;
    @Autowired
    OrganizationService organizations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    private long cell;
    private int year;

    @BeforeEach
    void ownCell() {
        long school = organization("Đảng bộ Trường Trung học phổ thông Hoà An");
        cell = Users.as(users, "bithu", () -> organizations.create("Chi bộ Tổ " + UUID.randomUUID().toString()
                .substring(0, 6), OrganizationType.CELL, school)).getId();
        year = LocalDate.now(clock).getYear();
    }

    @Test
    void theBandFollowsThePointsUnlessAForcedConditionHolds() {
        long a = member("An", LocalDate.of(2015, 1, 1));
        long b = member("Bảo", LocalDate.of(2015, 1, 1));
        assertThat(bithu(() -> ratings.propose(a, year, new Score(25, 60), Set.of(), Set.of(), null)).getProposedBand())
                .isEqualTo(RatingBand.GOOD);
        assertThat(bithu(() -> ratings.propose(b, year, new Score(30, 68), Set.of(ForcedReason.DISCIPLINED), Set.of(), null))
                .getProposedBand()).isEqualTo(RatingBand.NOT_COMPLETED);
        refused(() -> ratings.decide(a, year, RatingBand.EXCELLENT, "1-QĐ"), "rating.error.aboveProposal");
        refused(() -> ratings.decide(b, year, RatingBand.COMPLETED, "1-QĐ"), "rating.error.aboveProposal");
        assertThat(bithu(() -> ratings.decide(a, year, RatingBand.GOOD, "1-QĐ")).getDecidedBand())
                .isEqualTo(RatingBand.GOOD);
        refused(() -> ratings.propose(a, year, new Score(30, 70), Set.of(), Set.of(), null), "rating.error.decided");
        refused(() -> ratings.propose(b, year, new Score(31, 60), Set.of(), Set.of(), null), "rating.error.points");
    }

    @Test
    void excellentStaysWithinAFifthOfGoodInTheGroup() {
        List<Long> good = java.util.stream.IntStream.range(0, 5).mapToObj(i -> member("Tốt" + i, LocalDate.of(2010, 1, 1)))
                .toList();
        long first = member("Giỏi", LocalDate.of(2010, 1, 1));
        long second = member("Khá", LocalDate.of(2010, 1, 1));
        for (long id : List.of(first, second)) {
            bithu(() -> ratings.propose(id, year, new Score(30, 65), Set.of(), Set.of(), null));
        }
        refused(() -> ratings.decide(first, year, RatingBand.EXCELLENT, "2-QĐ"), "rating.error.quota");
        for (long id : good) {
            bithu(() -> ratings.propose(id, year, new Score(25, 55), Set.of(), Set.of(), null));
            bithu(() -> ratings.decide(id, year, RatingBand.GOOD, "2-QĐ"));
        }
        assertThat(bithu(() -> ratings.decide(first, year, RatingBand.EXCELLENT, "2-QĐ")).getDecidedBand())
                .isEqualTo(RatingBand.EXCELLENT);
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> ratings.decide(second, year, RatingBand.EXCELLENT, "2-QĐ")))
                .isInstanceOf(MemberProblem.class).hasMessage("rating.error.quota")
                .satisfies(e -> assertThat(((MemberProblem) e).arguments()).containsExactly(5, 20, 1));
    }

    @Test
    void theLevelAboveMayAllowTheRaisedQuotaOfAQuarter() {
        List<Long> good = java.util.stream.IntStream.range(0, 4).mapToObj(i -> member("Ổn" + i, LocalDate.of(2010, 1, 1)))
                .toList();
        long best = member("Nhất", LocalDate.of(2010, 1, 1));
        for (long id : good) {
            bithu(() -> ratings.propose(id, year, new Score(25, 55), Set.of(), Set.of(), null));
            bithu(() -> ratings.decide(id, year, RatingBand.GOOD, "4-QĐ"));
        }
        bithu(() -> ratings.propose(best, year, new Score(30, 66), Set.of(), Set.of(), null));
        refused(() -> ratings.decide(best, year, RatingBand.EXCELLENT, "4-QĐ"), "rating.error.quota");
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> ratings.allowRaisedQuota(cell, year, "5-QĐ")))
                .isInstanceOf(AccessDeniedException.class);
        refused(() -> ratings.allowRaisedQuota(cell, year, " "), "member.error.decisionRequired");
        Users.run(users, "bithu", () -> ratings.allowRaisedQuota(cell, year, "5-QĐ/ĐU"));
        assertThat(bithu(() -> ratings.quotaPercent(cell, year))).isEqualTo(25);
        assertThat(bithu(() -> ratings.decide(best, year, RatingBand.EXCELLENT, "4-QĐ")).getDecidedBand())
                .isEqualTo(RatingBand.EXCELLENT);
        refused(() -> ratings.allowRaisedQuota(cell, year, "6-QĐ/ĐU"), "rating.error.quotaAllowed");
    }

    @Test
    void exemptSuspendedAndRecentlyAdmittedMembersAreNotRated() {
        long exempt = member("Miễn", LocalDate.of(2000, 1, 1));
        bithu(() -> statuses.exempt(exempt, "1-NQ/CB", LocalDate.now(clock).minusDays(3), "Có đơn, tuổi cao"));
        refused(() -> ratings.propose(exempt, year, new Score(20, 50), Set.of(), Set.of(), null), "rating.excluded.exempt");

        LocalDate today = LocalDate.now(clock);
        long recent = probationary("Mới", today.minusMonths(6).plusDays(1));
        refused(() -> ratings.propose(recent, year, new Score(20, 50), Set.of(), Set.of(), null),
                "rating.excluded.recently_admitted");
        long sixMonths = probationary("Đủ", today.minusMonths(6));
        assertThat(bithu(() -> ratings.propose(sixMonths, year, new Score(20, 50), Set.of(), Set.of(), null)).getProposedBand())
                .isEqualTo(RatingBand.GOOD);
        assertThat(bithu(() -> ratings.group(cell, year))).extracting(QualityRatings.GroupRow::excluded)
                .contains(QualityRatings.Exclusion.EXEMPT, QualityRatings.Exclusion.RECENTLY_ADMITTED);
    }

    @Test
    void theMemberAssessesThemselfAndOnlyTheChainProposesAndTheLevelAboveDecides() {
        long id = member("Tự", LocalDate.of(2012, 1, 1));
        String username = "tudanhgia" + UUID.randomUUID().toString().substring(0, 6);
        Users.run(users, "bithu", () -> accounts.createMemberAccount(id, username, "RenLuyen@2026"));
        Users.run(users, username, () -> ratings.selfAssess(year, new Score(27, 60), "Hoàn thành kế hoạch"));
        assertThat(Users.as(users, username, () -> ratings.history(id))).singleElement()
                .satisfies(r -> assertThat(r.selfScore().total()).isEqualTo(87));
        assertThatThrownBy(() -> Users.run(users, username, () -> ratings.propose(id, year, new Score(30, 70), Set.of(), Set.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> ratings.history(id)))
                .isInstanceOf(AccessDeniedException.class);

        long village = organization("Chi bộ thôn Đông Hoà");
        long far = Users.as(users, "admin", () -> members.register("Thôn", "Xa", LocalDate.of(1970, 1, 1), village,
                MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1), null, "Lập hồ sơ")).getId();
        assertThatThrownBy(() -> bithu(() -> ratings.propose(far, year, new Score(20, 50), Set.of(), Set.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
        Users.run(users, "admin", () -> ratings.propose(far, year, new Score(20, 50), Set.of(), Set.of(), null));
        assertThatThrownBy(() -> bithu(() -> ratings.decide(far, year, RatingBand.GOOD, "3-QĐ")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long member(String givenName, LocalDate officialSince) {
        return bithu(() -> members.register("Đánh Giá", givenName, LocalDate.of(1980, 1, 1), cell, MemberStatus.OFFICIAL,
                officialSince, null, "Lập hồ sơ")).getId();
    }

    private long probationary(String givenName, LocalDate ceremony) {
        return bithu(() -> members.register("Dự Bị", givenName, LocalDate.of(1998, 1, 1), cell,
                MemberStatus.PROBATIONARY, ceremony, null, "Kết nạp")).getId();
    }

    private long organization(String name) {
        return Users.as(users, "admin", () -> organizations.manageable()).stream()
                .filter(o -> o.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private <T> T bithu(java.util.function.Supplier<T> work) {
        return Users.as(users, "bithu", work);
    }

    private void refused(Runnable work, String key) {
        assertThatThrownBy(() -> Users.run(users, "bithu", work)).isInstanceOf(MemberProblem.class).hasMessage(key);
    }
}
