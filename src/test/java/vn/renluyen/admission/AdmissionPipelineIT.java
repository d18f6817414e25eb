package vn.renluyen.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.renluyen.admission.AdmissionFixtures.entry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
import vn.renluyen.TestPdfs;
import vn.renluyen.Users;
import vn.renluyen.base.UserFacingProblem;
import vn.renluyen.members.MemberStatus;

/** The admission file on real records: order, eligibility at the vote, who records what, the ceremony. */
@PortalIntegrationTest
class AdmissionPipelineIT {

    static final String TEACHERS = "Chi bộ Giáo viên";
    static final String VILLAGE = "Chi bộ thôn Đông Hoà";

    @Autowired
    ApplicationContext context;
    @Autowired
    StageRecorder recorder;
    @Autowired
    CandidateFiles files;
    @Autowired
    Certificates certificates;
    @Autowired
    AdmissionPlans plans;
    @Autowired
    Probations probations;
    @Autowired
    UserDetailsService users;
    @Autowired
    AdmissionMediaAccess mediaAccess;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    AdmissionFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AdmissionFixtures(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void stagesAreRecordedInOrderWithDatesNeverGoingBackOrAhead() {
        long id = fixtures.candidate(TEACHERS, LocalDate.of(1995, 3, 3));
        LocalDate today = LocalDate.now(clock);
        as("bithu", () -> files.open(id));
        refused(() -> recorder.record(id, entry(Stage.APPLICATION, today, null)), "admission.error.outOfOrder");
        refused(() -> recorder.record(id, entry(Stage.AWARENESS_COURSE, today.minusDays(40), null)),
                "admission.error.awarenessCertificateMissing");
        as("bithu", () -> certificates.record(id, CertificateKind.AWARENESS_COURSE, "GCN-1 (thử)",
                "Trung tâm chính trị (thử)", today.minusDays(41), null));
        as("bithu", () -> recorder.record(id, entry(Stage.AWARENESS_COURSE, today.minusDays(40), null)));
        refused(() -> recorder.record(id, entry(Stage.AWARENESS_COURSE, today.minusDays(40), null)),
                "admission.error.stageRecorded");
        refused(() -> recorder.record(id, entry(Stage.APPLICATION, today.minusDays(41), null)),
                "admission.error.dateBeforePrevious");
        refused(() -> recorder.record(id, entry(Stage.APPLICATION, today.plusDays(1), null)),
                "admission.error.dateInFuture");
        refused(() -> recorder.record(id, entry(Stage.APPLICATION, null, null)), "admission.error.dateRequired");
        as("bithu", () -> recorder.record(id, entry(Stage.APPLICATION, today.minusDays(40), null)));
        as("bithu", () -> recorder.record(id, entry(Stage.HISTORY_VERIFIED, today.minusDays(30), null)));
        refused(() -> recorder.record(id, entry(Stage.HELPER_INTRODUCTION, today.minusDays(20), null)),
                "admission.error.noHelper");
        long dangvien = jdbc.queryForObject("select member_id from account where username = 'dangvien'", Long.class);
        refused(() -> files.assignHelper(id, dangvien, "02-NQ/CB (thử)", today.minusDays(25)),
                "admission.error.helperNotOfficial");
        long helper = as("bithu", () -> files.helperChoices(id)).getFirst().memberId();
        as("bithu", () -> files.assignHelper(id, helper, "02-NQ/CB (thử)", today.minusDays(25)));
        refused(() -> files.assignHelper(id, helper, "02-NQ/CB (thử)", today.minusDays(25)),
                "admission.error.helperAssigned");
        as("bithu", () -> recorder.record(id, entry(Stage.HELPER_INTRODUCTION, today.minusDays(20), null)));

        CandidateFiles.FileView file = as("bithu", () -> files.file(id));
        assertThat(file.stages()).extracting(CandidateFiles.StageLine::stage).containsExactly(Stage.AWARENESS_COURSE,
                Stage.APPLICATION, Stage.HISTORY_VERIFIED, Stage.HELPER_INTRODUCTION);
        assertThat(file.next()).isEqualTo(Stage.MASS_ORGANIZATION_COMMENTS);
        assertThat(file.helpers()).hasSize(1);
        assertThat(audit(file)).contains("admission.file.opened", "admission.stage.awareness_course",
                "admission.helper.assigned", "admission.stage.helper_introduction");
    }

    @Test
    void theVoteChecksTheAgeFromTheEighteenthUpToTheSixtiethBirthday() {
        LocalDate vote = LocalDate.now(clock).minusMonths(2);
        assertThat(voteOf(vote.minusYears(18), vote)).isEmpty();
        assertThat(voteOf(vote.minusYears(18).plusDays(1), vote)).containsExactly("admission.eligibility.tooYoung");
        assertThat(voteOf(vote.minusYears(60), vote)).isEmpty();
        assertThat(voteOf(vote.minusYears(60).minusDays(1), vote)).containsExactly("admission.eligibility.tooOld");
    }

    @Test
    void theAwarenessCertificateCountsSixtyMonthsFromItsIssueAndAnOverrideIsRecorded() {
        LocalDate vote = LocalDate.now(clock).minusMonths(2);
        long valid = fixtures.candidate(TEACHERS, LocalDate.of(1990, 5, 5));
        fixtures.readyForVote("bithu", valid, vote.minusMonths(60).plusDays(1), vote);
        assertThat(as("bithu", () -> certificates.ofMember(valid)).getFirst().validThrough()).isEqualTo(vote);
        as("bithu", () -> recorder.record(valid, entry(Stage.CELL_RESOLUTION, vote, "03-NQ/CB (thử)")));

        long expired = fixtures.candidate(TEACHERS, LocalDate.of(1990, 5, 5));
        fixtures.readyForVote("bithu", expired, vote.minusMonths(60), vote);
        IneligibleVote refusal = (IneligibleVote) refusedWith(() -> recorder.record(expired,
                entry(Stage.CELL_RESOLUTION, vote, "04-NQ/CB (thử)")), "admission.error.ineligible");
        assertThat(refusal.findings()).extracting(Finding::messageKey)
                .containsExactly("admission.eligibility.certificateExpired");
        assertThat(as("bithu", () -> files.file(expired)).next()).isEqualTo(Stage.CELL_RESOLUTION);

        as("bithu", () -> recorder.record(expired, new StageEntry(Stage.CELL_RESOLUTION, vote, "04-NQ/CB (thử)", null,
                null, "Lớp bồi dưỡng mới chưa mở; cấp uỷ đồng ý (thử)")));
        CandidateFiles.FileView file = as("bithu", () -> files.file(expired));
        assertThat(file.next()).isEqualTo(Stage.COMMITTEE_RESOLUTION);
        assertThat(file.overrides()).extracting(CandidateFiles.OverrideLine::rule)
                .containsExactly(EligibilityRule.AWARENESS_CERTIFICATE);
        assertThat(file.overrides().getFirst().recordedBy()).isEqualTo("bithu");
        assertThat(audit(file)).contains("admission.override", "admission.stage.cell_resolution");
    }

    @Test
    void aCertificateExpiringBeforeThePlannedVoteIsWarnedAbout() {
        LocalDate today = LocalDate.now(clock);
        long id = fixtures.candidate(TEACHERS, LocalDate.of(1992, 1, 1));
        fixtures.readyForVote("bithu", id, today.minusMonths(60).plusDays(10), today.minusDays(1));
        assertThat(as("bithu", () -> files.file(id)).warnings()).isEmpty();
        as("bithu", () -> files.planVote(id, today.plusDays(20)));
        assertThat(as("bithu", () -> files.file(id)).warnings()).extracting(Finding::messageKey)
                .containsExactly("admission.warning.atPlannedVote");
        clock.advance(java.time.Duration.ofDays(15));
        assertThat(as("bithu", () -> files.file(id)).warnings()).extracting(Finding::messageKey)
                .containsExactly("admission.warning.certificateExpired", "admission.warning.atPlannedVote");
    }

    @Test
    void theCommitteeStagesBelongToTheParentOrganizationsChain() {
        LocalDate vote = LocalDate.now(clock).minusMonths(2);
        long teacher = fixtures.candidate(TEACHERS, LocalDate.of(1994, 4, 4));
        String cellSecretary = fixtures.secretaryOf(TEACHERS);
        fixtures.readyForVote(cellSecretary, teacher, vote.minusMonths(3), vote);
        as(cellSecretary, () -> recorder.record(teacher, entry(Stage.CELL_RESOLUTION, vote, "05-NQ/CB (thử)")));
        assertThat(as(cellSecretary, () -> files.file(teacher)).mayRecordNext()).isFalse();
        denied(cellSecretary, () -> recorder.record(teacher, entry(Stage.COMMITTEE_RESOLUTION, vote.plusDays(3),
                "06-NQ/ĐU (thử)")));
        as("bithu", () -> recorder.record(teacher, entry(Stage.COMMITTEE_RESOLUTION, vote.plusDays(3), "06-NQ/ĐU (thử)")));

        long villager = fixtures.candidate(VILLAGE, LocalDate.of(1994, 4, 4));
        String villageSecretary = fixtures.secretaryOf(VILLAGE);
        fixtures.readyForVote(villageSecretary, villager, vote.minusMonths(3), vote);
        as(villageSecretary, () -> recorder.record(villager, entry(Stage.CELL_RESOLUTION, vote, "07-NQ/CB (thử)")));
        denied(villageSecretary, () -> recorder.record(villager, entry(Stage.COMMITTEE_RESOLUTION, vote.plusDays(3),
                "08-NQ/ĐU (thử)")));
        denied("bithu", () -> recorder.record(villager, entry(Stage.COMMITTEE_RESOLUTION, vote.plusDays(3),
                "08-NQ/ĐU (thử)")));
        as("admin", () -> recorder.record(villager, entry(Stage.COMMITTEE_RESOLUTION, vote.plusDays(3), "08-NQ/ĐU (thử)")));
        assertThat(as("admin", () -> files.file(villager)).next()).isEqualTo(Stage.ADMISSION_DECISION);
    }

    @Test
    void theCeremonyWithinThirtyWorkingDaysOfTheDecisionMakesAProbationaryMemberCountedInThePlan() {
        LocalDate friday = LocalDate.now(clock).minusMonths(4).with(DayOfWeek.FRIDAY);
        long id = fixtures.candidate(TEACHERS, LocalDate.of(1997, 7, 7));
        fixtures.readyForVote("bithu", id, friday.minusMonths(6), friday.minusDays(10));
        as("bithu", () -> recorder.record(id, entry(Stage.CELL_RESOLUTION, friday.minusDays(10), "09-NQ/CB (thử)")));
        as("bithu", () -> recorder.record(id, entry(Stage.COMMITTEE_RESOLUTION, friday.minusDays(5), "10-NQ/ĐU (thử)")));
        refused(() -> recorder.record(id, entry(Stage.ADMISSION_DECISION, friday, " ")), "admission.error.numberRequired");
        as("bithu", () -> recorder.record(id, entry(Stage.ADMISSION_DECISION, friday, "11-QĐ/ĐU (thử)")));
        // 30 working days after a Friday end on the Friday six weeks later.
        LocalDate lastDay = friday.plusWeeks(6);
        long school = fixtures.organization("Đảng bộ Trường Trung học phổ thông Hoà An");
        int year = lastDay.getYear();
        long before = as("bithu", () -> plans.set(school, year, 5, "Kế hoạch kiểm thử (thử)")).admitted();
        refusedWith(() -> recorder.record(id, entry(Stage.CEREMONY, lastDay.plusDays(1), null)),
                "member.admit.ceremonyTooLate");
        assertThat(jdbc.queryForObject("select status from member where id = ?", String.class, id)).isEqualTo("CANDIDATE");

        as("bithu", () -> recorder.record(id, entry(Stage.CEREMONY, lastDay, null)));
        assertThat(jdbc.queryForObject("select status from member where id = ?", String.class, id))
                .isEqualTo(MemberStatus.PROBATIONARY.name());
        CandidateFiles.FileView file = as("bithu", () -> files.file(id));
        assertThat(file.next()).isNull();
        AdmissionPlans.Progress progress = as("bithu", () -> plans.progress(school, year));
        assertThat(progress.target()).isEqualTo(5);
        assertThat(progress.admitted()).isEqualTo(before + 1);
        refused(() -> recorder.record(id, entry(Stage.CEREMONY, lastDay, null)), "admission.error.fileClosed");
        refused(() -> plans.set(school, year, -1, null), "admission.plan.targetRange");
        assertThat(as("bithu", () -> probations.inSubtree(school))).extracting(Probations.Line::memberId).contains(id);
    }

    @Test
    void aSecretaryOfAnotherBranchGetsNothingForAnyId() {
        LocalDate vote = LocalDate.now(clock).minusMonths(2);
        long id = fixtures.candidate(TEACHERS, LocalDate.of(1993, 3, 3));
        fixtures.readyForVote("bithu", id, vote.minusMonths(3), vote);
        long unopened = fixtures.candidate(TEACHERS, LocalDate.of(1993, 3, 3));
        long probationary = fixtures.register(TEACHERS, LocalDate.of(1990, 1, 1), MemberStatus.PROBATIONARY,
                LocalDate.now(clock).minusMonths(13));
        long school = fixtures.organization("Đảng bộ Trường Trung học phổ thông Hoà An");
        long helper = as("bithu", () -> files.helperChoices(id)).getFirst().memberId();
        String other = fixtures.secretaryOf(VILLAGE);
        LocalDate today = LocalDate.now(clock);
        List<ThrowingCallable> operations = List.of(
                () -> files.open(unopened),
                () -> files.file(id),
                () -> files.checkVote(id, vote),
                () -> files.helperChoices(id),
                () -> files.assignHelper(id, helper, "12-NQ/CB (thử)", today),
                () -> files.planVote(id, today),
                () -> files.candidates(school),
                () -> recorder.record(id, entry(Stage.CELL_RESOLUTION, vote, "13-NQ/CB (thử)")),
                () -> certificates.record(id, CertificateKind.NEW_MEMBER_COURSE, "GCN (thử)", "Trung tâm (thử)", today, null),
                () -> certificates.ofMember(id),
                () -> plans.set(school, today.getYear(), 1, null),
                () -> plans.progress(school, today.getYear()),
                () -> probations.inSubtree(school),
                () -> probations.recognize(probationary, "14-NQ/CB (thử)", today, "15-QĐ/ĐU (thử)", today, null));
        for (ThrowingCallable operation : operations) {
            assertThatThrownBy(() -> Users.run(users, other, () -> {
                try {
                    operation.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            })).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("bithu", () -> files.file(id)).next()).isEqualTo(Stage.CELL_RESOLUTION);
    }

    @Test
    void documentsAndScansAreReadByTheSecretaryChainAndAdminOnly() {
        long id = fixtures.candidate(TEACHERS, LocalDate.of(1991, 1, 1));
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = TestPdfs.onePage("Giay chung nhan");
        as("bithu", () -> files.open(id));
        as("bithu", () -> certificates.record(id, CertificateKind.AWARENESS_COURSE, "GCN-S (thử)",
                "Trung tâm chính trị (thử)", today.minusDays(9), new Upload("gcn.pdf", pdf)));
        as("bithu", () -> recorder.record(id, new StageEntry(Stage.AWARENESS_COURSE, today.minusDays(8), null,
                "Ghi chú (thử)", List.of(new Upload("lop.pdf", pdf)), null)));
        long certificate = jdbc.queryForObject("select id from admission_certificate where member_id = ?", Long.class, id);
        long stage = jdbc.queryForObject("select s.id from admission_stage s join candidate_file f on f.id = s.file_id"
                + " where f.member_id = ?", Long.class, id);
        assertThat(jdbc.queryForObject("select count(*) from admission_stage_document where stage_id = ?", Integer.class,
                stage)).isEqualTo(1);
        String other = fixtures.secretaryOf(VILLAGE);
        for (String[] owner : new String[][] {{Certificates.MEDIA_OWNER, String.valueOf(certificate)},
                {StageRecorder.MEDIA_OWNER, String.valueOf(stage)}}) {
            long ownerId = Long.parseLong(owner[1]);
            assertThat(as("bithu", () -> mediaAccess.access(owner[0], ownerId))).contains(vn.renluyen.base.MediaAccess.ALLOWED);
            assertThat(as("admin", () -> mediaAccess.access(owner[0], ownerId))).contains(vn.renluyen.base.MediaAccess.ALLOWED);
            assertThat(as(other, () -> mediaAccess.access(owner[0], ownerId))).contains(vn.renluyen.base.MediaAccess.DENIED);
            assertThat(as("dangvien", () -> mediaAccess.access(owner[0], ownerId))).contains(vn.renluyen.base.MediaAccess.DENIED);
        }
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'admission_certificate'"
                + " and record_id = ?", String.class, String.valueOf(certificate))).containsExactly("admission.certificate.recorded");
    }

    private List<String> voteOf(LocalDate born, LocalDate vote) {
        long id = fixtures.candidate(TEACHERS, born);
        fixtures.readyForVote("bithu", id, vote.minusMonths(2), vote);
        List<String> checked = as("bithu", () -> files.checkVote(id, vote)).stream().map(Finding::messageKey).toList();
        try {
            as("bithu", () -> recorder.record(id, entry(Stage.CELL_RESOLUTION, vote, "16-NQ/CB (thử)")));
            assertThat(checked).isEmpty();
        } catch (IneligibleVote refused) {
            assertThat(refused.findings()).extracting(Finding::messageKey).isEqualTo(checked);
        }
        return checked;
    }

    private List<String> audit(CandidateFiles.FileView file) {
        return jdbc.queryForList("select a.action from audit_entry a join candidate_file f on a.record_id = f.id"
                + " where a.record_type = 'candidate_file' and f.member_id = ? order by a.id", String.class,
                file.memberId());
    }

    private <T> T as(String user, Supplier<T> work) {
        return Users.as(users, user, work);
    }

    private void as(String user, Runnable work) {
        Users.run(users, user, work);
    }

    private void denied(String user, Runnable work) {
        assertThatThrownBy(() -> Users.run(users, user, work)).isInstanceOf(AccessDeniedException.class);
    }

    private void refused(Runnable work, String key) {
        refusedWith(work, key);
    }

    private RuntimeException refusedWith(Runnable work, String key) {
        try {
            Users.run(users, "bithu", work);
        } catch (RuntimeException e) {
            assertThat(e).isInstanceOf(UserFacingProblem.class);
            assertThat(((UserFacingProblem) e).messageKey()).isEqualTo(key);
            return e;
        }
        throw new AssertionError("Expected the refusal " + key);
    }
}
