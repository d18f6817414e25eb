package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.Users;
import vn.renluyen.security.AccountService;

/** A member's yearly plan from draft to approval and the year-end self-review, checked by the cell. */
@PortalIntegrationTest
class SelfImprovementPlansIT {

    private static final PlanText FULL = new PlanText("Học Nghị quyết 21-NQ/TW", "Dạy tốt hai lớp 11",
            "Gương mẫu nơi cư trú", "Phụ trách đoàn thanh niên");

    @Autowired
    SelfImprovementPlans plans;
    @Autowired
    MemberService members;
    @Autowired
    OrganizationService organizations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    @Test
    void aPlanGoesFromDraftToApprovedAndIsReviewedAtTheYearsEnd() {
        long id = member();
        String me = account(id);
        int year = LocalDate.now(clock).getYear();
        Users.run(users, me, () -> plans.write(year, new PlanText("Học tập", null, null, null), false));
        assertThatThrownBy(() -> Users.run(users, me, () -> plans.write(year, new PlanText("Học tập", null, null, null), true)))
                .isInstanceOf(MemberProblem.class).hasMessage("plan.error.incomplete");
        assertThatThrownBy(() -> Users.run(users, me, () -> plans.selfReview(year, "Đã làm")))
                .hasMessage("plan.error.notApproved");
        Users.run(users, me, () -> plans.write(year, FULL, true));
        assertThatThrownBy(() -> Users.run(users, me, () -> plans.write(year, FULL, false)))
                .hasMessage("plan.error.locked");

        assertThatThrownBy(() -> Users.run(users, "bithu", () -> plans.review(id, year, false, " ")))
                .hasMessage("plan.error.commentRequired");
        Users.run(users, "bithu", () -> plans.review(id, year, false, "Cần cụ thể hơn phần công tác"));
        Users.run(users, me, () -> plans.write(year, new PlanText(FULL.politicalStudy(), "Dạy tốt hai lớp 11, "
                + "bồi dưỡng học sinh giỏi", FULL.ethics(), FULL.cellTasks()), true));
        Users.run(users, "bithu", () -> plans.review(id, year, true, null));
        Users.run(users, me, () -> plans.selfReview(year, "Hoàn thành các nội dung đã đăng ký"));

        SelfImprovementPlan plan = Users.as(users, "bithu", () -> plans.history(id)).getFirst();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.text().work()).endsWith("bồi dưỡng học sinh giỏi");
        assertThat(plan.getSelfReview()).isEqualTo("Hoàn thành các nội dung đã đăng ký");
        long school = organization("Đảng bộ Trường Trung học phổ thông Hoà An");
        assertThat(Users.as(users, "bithu", () -> plans.ofSubtree(school, year))).containsKey(id);
    }

    @Test
    void onlyTheMemberWritesAndOnlyTheirChainReviews() {
        long id = member();
        String me = account(id);
        int year = LocalDate.now(clock).getYear();
        Users.run(users, me, () -> plans.write(year, FULL, true));
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> plans.review(id, year, true, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> plans.history(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "bientap", () -> plans.write(year, FULL, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, me, () -> plans.write(year + 3, FULL, false)))
                .hasMessage("plan.error.year");
    }

    private long member() {
        long teachers = organization("Chi bộ Giáo viên");
        return Users.as(users, "bithu", () -> members.register("Kế Hoạch", "Năm " + UUID.randomUUID().toString()
                .substring(0, 4), LocalDate.of(1988, 8, 8), teachers, MemberStatus.OFFICIAL, LocalDate.of(2014, 4, 4),
                null, "Lập hồ sơ")).getId();
    }

    private String account(long memberId) {
        String username = "kehoach" + UUID.randomUUID().toString().substring(0, 6);
        Users.run(users, "bithu", () -> accounts.createMemberAccount(memberId, username, "RenLuyen@2026"));
        return username;
    }

    private long organization(String name) {
        return Users.as(users, "admin", () -> organizations.manageable()).stream()
                .filter(o -> o.getName().equals(name)).findFirst().orElseThrow().getId();
    }
}
