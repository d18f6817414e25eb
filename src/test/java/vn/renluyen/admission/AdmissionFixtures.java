package vn.renluyen.admission;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.ApplicationContext;
import vn.renluyen.Users;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.Role;

/**
 * Records of the admission tests' own (never the demo records), and secretaries of one organization. Numbers
 * and names are test values, marked "(thử)".
 */
public class AdmissionFixtures {

    public static final String PASSWORD = "MatKhauKiemThu2026";
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final MemberService members;
    private final AccountService accounts;
    private final StageRecorder recorder;
    private final CandidateFiles files;
    private final Certificates certificates;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    public AdmissionFixtures(ApplicationContext context) {
        this.members = context.getBean(MemberService.class);
        this.accounts = context.getBean(AccountService.class);
        this.recorder = context.getBean(StageRecorder.class);
        this.files = context.getBean(CandidateFiles.class);
        this.certificates = context.getBean(Certificates.class);
        this.users = context.getBean(UserDetailsService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    public long organization(String name) {
        return jdbc.queryForObject("select id from organization where name = ?", Long.class, name);
    }

    /** A candidate registered by admin three years ago, with a name of its own. */
    public long candidate(String organizationName, LocalDate born) {
        return register(organizationName, born, MemberStatus.CANDIDATE, LocalDate.now().minusYears(3));
    }

    public long register(String organizationName, LocalDate born, MemberStatus status, LocalDate since) {
        long organizationId = organization(organizationName);
        return Users.as(users, "admin", () -> members.register("Thử Nghiệm", "Số " + COUNT.incrementAndGet(), born,
                organizationId, status, since, null, "Hồ sơ kiểm thử (thử)").getId());
    }

    /** A staff account whose only grant is SECRETARY of {@code organizationName}. */
    public String secretaryOf(String organizationName) {
        String username = "adm-" + COUNT.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
        long organizationId = organization(organizationName);
        Users.run(users, "admin", () -> {
            long id = accounts.createStaffAccount(username, "Bí thư kiểm thử", PASSWORD).getId();
            accounts.grant(id, Role.SECRETARY, organizationId);
        });
        return username;
    }

    /**
     * Opens the file, records an awareness certificate issued {@code certificateOn}, assigns an official helper
     * of the same organization and records the stages before the vote, the last one five days before {@code vote}.
     */
    public void readyForVote(String user, long candidateId, LocalDate certificateOn, LocalDate vote) {
        Users.run(users, user, () -> {
            files.open(candidateId);
            certificates.record(candidateId, CertificateKind.AWARENESS_COURSE, "GCN-" + candidateId + " (thử)",
                    "Trung tâm chính trị (thử)", certificateOn, null);
            long helper = files.helperChoices(candidateId).getFirst().memberId();
            files.assignHelper(candidateId, helper, "01-NQ/CB (thử)", vote.minusDays(30));
            int day = 25;
            for (Stage stage : new Stage[] {Stage.AWARENESS_COURSE, Stage.APPLICATION, Stage.HISTORY_VERIFIED,
                    Stage.HELPER_INTRODUCTION, Stage.MASS_ORGANIZATION_COMMENTS}) {
                recorder.record(candidateId, entry(stage, vote.minusDays(day), null));
                day -= 5;
            }
        });
    }

    public static StageEntry entry(Stage stage, LocalDate on, String number) {
        return new StageEntry(stage, on, number, null, null, null);
    }
}
