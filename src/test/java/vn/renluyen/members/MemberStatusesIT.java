package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.Users;

/** The status rules on real records, with the clock moved instead of waiting a year. */
@PortalIntegrationTest
class MemberStatusesIT {

    @Autowired
    MemberService members;
    @Autowired
    MemberStatuses statuses;
    @Autowired
    MemberRecords records;
    @Autowired
    OrganizationService organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCandidateIsAdmittedOnlyByADecisionAndACeremonyWithinThirtyWorkingDays() {
        long id = candidate("Thí");
        LocalDate today = today();
        refused(() -> statuses.admit(id, " ", today.minusDays(10), today.minusDays(2), null),
                "member.error.decisionRequired");
        refused(() -> statuses.admit(id, "15-QĐ/ĐU", today.minusDays(10), today.minusDays(11), null),
                "member.admit.ceremonyBeforeDecision");
        refused(() -> statuses.admit(id, "15-QĐ/ĐU", today.minusDays(100), today.minusDays(2), null),
                "member.admit.ceremonyTooLate");
        refused(() -> statuses.admit(id, "15-QĐ/ĐU", today.minusDays(2), today.plusDays(1), null),
                "member.error.dateInFuture");
        refused(() -> statuses.recognize(id, "20-QĐ/ĐU", today, null), "member.step.recognized.notAllowed");

        Member admitted = as("bithu", () -> statuses.admit(id, "15-QĐ/ĐU", today.minusDays(20), today.minusDays(3), null));
        assertThat(admitted.getStatus()).isEqualTo(MemberStatus.PROBATIONARY);
        MemberRecord record = as("bithu", () -> records.record(id));
        assertThat(record.admissionDate()).isEqualTo(today.minusDays(20));
        assertThat(record.ceremonyDate()).isEqualTo(today.minusDays(3));
        assertThat(record.probationEnd()).isEqualTo(today.minusDays(3).plusMonths(12));
        assertThat(record.history()).extracting(MemberRecord.Step::kind)
                .containsExactly(StatusStep.REGISTERED, StatusStep.ADMITTED);
        refused(() -> statuses.admit(id, "16-QĐ/ĐU", today.minusDays(5), today.minusDays(1), null),
                "member.step.admitted.notAllowed");
    }

    @Test
    void theCeremonyDeadlineCountsWorkingDaysNotCalendarDays() {
        long id = candidate("Lịch");
        LocalDate friday = today().minusWeeks(10).with(java.time.DayOfWeek.FRIDAY);
        // 30 working days after a Friday end on the Friday six weeks later (weekends do not count).
        LocalDate lastDay = friday.plusWeeks(6);
        refused(() -> statuses.admit(id, "17-QĐ/ĐU", friday, lastDay.plusDays(1), null), "member.admit.ceremonyTooLate");
        assertThat(as("bithu", () -> statuses.admit(id, "17-QĐ/ĐU", friday, lastDay, null)).getCeremonyDate())
                .isEqualTo(lastDay);
    }

    @Test
    void recognitionComesOnlyAfterTwelveMonthsFromTheCeremony() {
        long id = candidate("Dự");
        LocalDate ceremony = today().minusDays(2);
        as("bithu", () -> statuses.admit(id, "18-QĐ/ĐU", ceremony.minusDays(7), ceremony, null));
        refused(() -> statuses.recognize(id, "30-QĐ/ĐU", today(), null), "member.recognize.tooEarly");

        clock.advance(Duration.ofDays(400));
        refused(() -> statuses.recognize(id, "30-QĐ/ĐU", ceremony.plusMonths(12).minusDays(1), null),
                "member.recognize.tooEarly");
        Member official = as("bithu", () -> statuses.recognize(id, "30-QĐ/ĐU", ceremony.plusMonths(12), null));
        assertThat(official.getStatus()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(official.getOfficialDate()).isEqualTo(ceremony.plusMonths(12));
    }

    @Test
    void exemptionAndSuspensionAreReversedToTheStatusHeldBefore() {
        long id = official("Miễn");
        LocalDate today = today();
        as("bithu", () -> statuses.exempt(id, "3-NQ/CB", today.minusDays(30), "Tuổi cao, sức khoẻ yếu, có đơn xin miễn"));
        as("bithu", () -> statuses.suspend(id, "4-QĐ/ĐU", today.minusDays(20), "Đình chỉ để xem xét kỷ luật"));
        refused(() -> statuses.endExemption(id, null, today, "Thôi miễn"), "member.step.exemption_ended.notAllowed");
        assertThat(as("bithu", () -> statuses.reinstate(id, "5-QĐ/ĐU", today.minusDays(10), "Hết thời hạn"))
                .getStatus()).isEqualTo(MemberStatus.EXEMPT);
        assertThat(as("bithu", () -> statuses.endExemption(id, null, today, "Sức khoẻ đã hồi phục, có đơn"))
                .getStatus()).isEqualTo(MemberStatus.OFFICIAL);
        refused(() -> statuses.suspend(id, "", today, "Thiếu quyết định"), "member.error.decisionRequired");
        refused(() -> statuses.exempt(id, null, today.minusDays(40), "Ngày cũ hơn bước gần nhất"),
                "member.error.dateBeforeCurrent");
    }

    @Test
    void aRemovedRecordTakesNoFurtherStepAndEveryStepIsAudited() {
        long id = official("Xoá");
        as("bithu", () -> statuses.remove(id, "9-QĐ/ĐU", today(), "Xoá tên theo quyết định"));
        refused(() -> statuses.exempt(id, null, today(), "Có đơn"), "member.step.exempted.notAllowed");
        refused(() -> statuses.suspend(id, "10-QĐ/ĐU", today(), "Thử"), "member.step.suspended.notAllowed");
        List<String> actions = jdbc.queryForList("select action from audit_entry where record_type = 'member'"
                + " and record_id = ? order by id", String.class, String.valueOf(id));
        assertThat(actions).containsExactly("member.registered", "member.removed");
    }

    @Test
    void onlyTheSecretaryChainAndAdminRecordSteps() {
        long id = official("Quyền");
        long village = organization("Chi bộ thôn Đông Hoà").getId();
        long outside = as("admin", () -> members.register("Thôn", "Ngoài", LocalDate.of(1980, 1, 1), village,
                MemberStatus.OFFICIAL, LocalDate.of(2010, 1, 1), null, "Lập hồ sơ")).getId();
        assertThatThrownBy(() -> Users.run(users, "bithu",
                () -> statuses.suspend(outside, "1-QĐ", today(), "Thử"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "dangvien",
                () -> statuses.suspend(id, "1-QĐ", today(), "Thử"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "bientap",
                () -> statuses.suspend(id, "1-QĐ", today(), "Thử"))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", () -> statuses.suspend(outside, "1-QĐ", today(), "Thử")).getStatus())
                .isEqualTo(MemberStatus.SUSPENDED);
    }

    private long candidate(String givenName) {
        return as("bithu", () -> members.register("Đối Tượng", givenName, LocalDate.of(2000, 3, 4),
                organization("Chi bộ Giáo viên").getId(), MemberStatus.CANDIDATE, today().minusYears(1), null,
                "Chi bộ giới thiệu")).getId();
    }

    private long official(String givenName) {
        return as("bithu", () -> members.register("Chính Thức", givenName, LocalDate.of(1970, 3, 4),
                organization("Chi bộ Giáo viên").getId(), MemberStatus.OFFICIAL, today().minusYears(5), null,
                "Lập hồ sơ đảng viên")).getId();
    }

    private Organization organization(String name) {
        return as("admin", () -> organizations.manageable()).stream().filter(o -> o.getName().equals(name))
                .findFirst().orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void refused(Runnable step, String key) {
        assertThatThrownBy(() -> Users.run(users, "bithu", step)).isInstanceOf(MemberProblem.class)
                .hasMessage(key);
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return Users.as(users, username, work);
    }
}
