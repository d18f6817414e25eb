package vn.renluyen.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.Users;
import vn.renluyen.base.UserFacingProblem;
import vn.renluyen.members.MemberStatus;

/** Probation from the ceremony: the 9-month reminder, the due list, the 30-working-day deadline, recognition. */
@PortalIntegrationTest
class ProbationIT {

    static final String TEACHERS = "Chi bộ Giáo viên";

    @Autowired
    ApplicationContext context;
    @Autowired
    Probations probations;
    @Autowired
    Certificates certificates;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    AdmissionFixtures fixtures;
    long school;

    @BeforeEach
    void fixtures() {
        fixtures = new AdmissionFixtures(context);
        school = fixtures.organization("Đảng bộ Trường Trung học phổ thông Hoà An");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void nineMonthsWithoutTheNewMemberCertificateWarnsUntilItIsRecorded() {
        LocalDate ceremony = today().minusMonths(9).plusDays(1);
        long id = probationary(ceremony);
        assertThat(line(id).warning()).isFalse();
        assertThat(line(id).certificateMissing()).isTrue();
        clock.advance(Duration.ofDays(1));
        assertThat(line(id).warning()).isTrue();
        assertThat(line(id).due()).isFalse();
        Users.run(users, "bithu", () -> certificates.record(id, CertificateKind.NEW_MEMBER_COURSE, "GCN-ĐVM (thử)",
                "Trung tâm chính trị (thử)", today().minusDays(3), null));
        assertThat(line(id).warning()).isFalse();
        assertThat(line(id).certificateMissing()).isFalse();
    }

    @Test
    void theMemberIsDueOnceTwelveMonthsHavePassedWithADeadlineOfThirtyWorkingDays() {
        // The probation ends on a Monday: 30 working days from that Monday on end on the Friday of the sixth week.
        LocalDate end = today().minusWeeks(3).with(DayOfWeek.MONDAY);
        long id = probationary(end.minusMonths(12));
        Probations.Line line = line(id);
        assertThat(line.end()).isEqualTo(end);
        assertThat(line.due()).isTrue();
        assertThat(line.deadline()).isEqualTo(end.plusWeeks(5).plusDays(4));
        assertThat(line.overdue()).isFalse();
        assertThat(Users.as(users, "bithu", () -> probations.due(school))).extracting(Probations.Line::memberId)
                .contains(id);

        long notYet = probationary(today().minusMonths(12).plusDays(1));
        assertThat(line(notYet).due()).isFalse();
        assertThat(line(notYet).daysLeft()).isEqualTo(1);
        assertThat(Users.as(users, "bithu", () -> probations.due(school))).extracting(Probations.Line::memberId)
                .doesNotContain(notYet);
        clock.advance(Duration.ofDays(1));
        assertThat(line(notYet).due()).isTrue();

        clock.reset();
        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today(), line.deadline()) + 1));
        assertThat(line(id).overdue()).isTrue();
    }

    @Test
    void recognitionWithTheCellsResolutionAndTheCommitteesDecisionMakesAnOfficialMember() {
        LocalDate end = today().minusDays(10);
        long id = probationary(end.minusMonths(12));
        refused(() -> probations.recognize(id, "20-NQ/CB (thử)", end.minusDays(1), "21-QĐ/ĐU (thử)", end, null),
                "admission.recognition.cellTooEarly");
        refused(() -> probations.recognize(id, " ", end, "21-QĐ/ĐU (thử)", end, null),
                "admission.recognition.cellResolutionRequired");
        refused(() -> probations.recognize(id, "20-NQ/CB (thử)", end, "", end, null),
                "admission.recognition.decisionRequired");
        String cellSecretary = fixtures.secretaryOf(TEACHERS);
        assertThat(Users.as(users, cellSecretary, () -> probations.inSubtree(fixtures.organization(TEACHERS))).stream()
                .filter(l -> l.memberId() == id).findFirst().orElseThrow().mayRecognize()).isFalse();
        assertThatThrownBy(() -> Users.run(users, cellSecretary, () -> probations.recognize(id, "20-NQ/CB (thử)", end,
                "21-QĐ/ĐU (thử)", end, null))).isInstanceOf(AccessDeniedException.class);

        Users.run(users, "bithu", () -> probations.recognize(id, "20-NQ/CB (thử)", end.plusDays(2), "21-QĐ/ĐU (thử)",
                end, "Đủ điều kiện (thử)"));
        assertThat(jdbc.queryForObject("select status from member where id = ?", String.class, id))
                .isEqualTo(MemberStatus.OFFICIAL.name());
        assertThat(jdbc.queryForObject("select official_date from member where id = ?", LocalDate.class, id))
                .isEqualTo(end);
        assertThat(jdbc.queryForObject("select cell_resolution_number from probation_recognition where member_id = ?",
                String.class, id)).isEqualTo("20-NQ/CB (thử)");
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'probation_recognition'"
                + " and record_id = ?", String.class, String.valueOf(id))).containsExactly("admission.recognized");
        assertThat(Users.as(users, "bithu", () -> probations.inSubtree(school))).extracting(Probations.Line::memberId)
                .doesNotContain(id);
        refused(() -> probations.recognize(id, "22-NQ/CB (thử)", end, "23-QĐ/ĐU (thử)", end, null),
                "admission.recognition.notProbationary");
    }

    private long probationary(LocalDate ceremony) {
        return fixtures.register(TEACHERS, LocalDate.of(1995, 2, 2), MemberStatus.PROBATIONARY, ceremony);
    }

    private Probations.Line line(long id) {
        Supplier<Probations.Line> find = () -> probations.inSubtree(school).stream().filter(l -> l.memberId() == id)
                .findFirst().orElseThrow();
        return Users.as(users, "bithu", find);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void refused(Runnable work, String key) {
        assertThatThrownBy(() -> Users.run(users, "bithu", work)).isInstanceOf(UserFacingProblem.class)
                .extracting(e -> ((UserFacingProblem) e).messageKey()).isEqualTo(key);
    }
}
