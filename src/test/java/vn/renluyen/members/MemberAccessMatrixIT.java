package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;

/**
 * Who gets what of a member record, for every kind of user, on the services the pages call (the pages
 * add nothing to these checks). A record of the secretary's branch, one of another branch, and the
 * member's own: each operation's answer per user is written out in full, so a change shows as a diff.
 */
@PortalIntegrationTest
class MemberAccessMatrixIT {

    private static final List<String> USERS = List.of("anonymous", "quanchung", "dangvien", "bientap", "xuatban",
            "bithu", "admin");
    private static final SensitiveDetails SENSITIVE = new SensitiveDetails("001096012345", "0912345678", "Kinh",
            "Không", "Không có ghi chú");

    @Autowired
    MemberService members;
    @Autowired
    MemberRecords records;
    @Autowired
    OrganizationService organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private long ownBranch;
    private long otherBranch;
    private long an;

    @BeforeEach
    void records() {
        ownBranch = Users.as(users, "bithu", () -> members.register("Ma Trận", "Một", LocalDate.of(1990, 1, 1),
                organization("Chi bộ Giáo viên"), MemberStatus.OFFICIAL, LocalDate.of(2015, 1, 1), null, "Lập hồ sơ"))
                .getId();
        otherBranch = Users.as(users, "admin", () -> members.register("Ma Trận", "Hai", LocalDate.of(1990, 1, 1),
                organization("Chi bộ thôn Đông Hoà"), MemberStatus.OFFICIAL, LocalDate.of(2015, 1, 1), null,
                "Lập hồ sơ")).getId();
        an = jdbc.queryForObject("select member_id from account where username = 'dangvien'", Long.class);
        Users.run(users, "bithu", () -> {
            records.protect(ownBranch, SENSITIVE);
            records.protect(an, SENSITIVE);
        });
    }

    @Test
    void readingARecord() {
        assertThat(matrix(() -> records.record(ownBranch).access().name())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "anonymous", "denied", "quanchung", "denied", "dangvien", "denied", "bientap", "denied",
                "xuatban", "denied", "bithu", "SECRETARY", "admin", "ADMIN"));
        assertThat(matrix(() -> records.record(otherBranch).access().name())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "anonymous", "denied", "quanchung", "denied", "dangvien", "denied", "bientap", "denied",
                "xuatban", "denied", "bithu", "denied", "admin", "ADMIN"));
        assertThat(matrix(() -> records.record(an).access().name())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "anonymous", "denied", "quanchung", "denied", "dangvien", "SELF", "bientap", "denied",
                "xuatban", "denied", "bithu", "SECRETARY", "admin", "ADMIN"));
    }

    @Test
    void theSensitivePartIsClearForTheMemberAndTheChainMaskedForAdminAndAuditedEachTime() {
        assertThat(matrix(() -> records.sensitive(ownBranch).citizenId())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "anonymous", "denied", "quanchung", "denied", "dangvien", "denied", "bientap", "denied",
                "xuatban", "denied", "bithu", "001096012345", "admin", "••••••••••45"));
        assertThat(matrix(() -> records.sensitive(an).phone())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "anonymous", "denied", "quanchung", "denied", "dangvien", "0912345678", "bientap", "denied",
                "xuatban", "denied", "bithu", "0912345678", "admin", "••••••••78"));
        assertThat(matrix(() -> String.valueOf(records.sensitive(otherBranch).religion())))
                .containsEntry("bithu", "denied").containsEntry("admin", "null");

        List<Map<String, Object>> audit = jdbc.queryForList("select actor, after_state from audit_entry"
                + " where action = 'member.sensitiveViewed' and record_id = ? order by id", String.valueOf(ownBranch));
        assertThat(audit).extracting(row -> row.get("actor") + ": " + row.get("after_state"))
                .containsExactly("bithu: xem đầy đủ", "admin: xem dạng che");
    }

    @Test
    void changingRecords() {
        MemberDetails same = Users.as(users, "admin", () -> records.record(ownBranch).details());
        assertThat(matrix(() -> members.describe(ownBranch, same).getGivenName())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "anonymous", "denied", "quanchung", "denied", "dangvien", "denied", "bientap", "denied",
                "xuatban", "denied", "bithu", "Một", "admin", "Một"));
        assertThat(matrix(() -> {
            records.protect(ownBranch, SENSITIVE);
            return "saved";
        })).containsExactlyInAnyOrderEntriesOf(Map.of("anonymous", "denied", "quanchung", "denied", "dangvien", "denied",
                "bientap", "denied", "xuatban", "denied", "bithu", "saved", "admin", "denied"));
        assertThat(matrix(() -> {
            records.protect(an, SENSITIVE);
            return "saved";
        })).containsEntry("dangvien", "denied").containsEntry("bithu", "saved");
    }

    @Test
    void listingABranch() {
        long village = organization("Chi bộ thôn Đông Hoà");
        assertThat(matrix(() -> members.inSubtree(village).isEmpty() ? "empty" : "listed"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("anonymous", "denied", "quanchung", "denied", "dangvien", "denied",
                        "bientap", "denied", "xuatban", "denied", "bithu", "denied", "admin", "listed"));
    }

    @Test
    void theAuditOfAChangeNamesTheFieldsNeverTheValues() {
        Users.run(users, "bithu", () -> records.protect(ownBranch, new SensitiveDetails("001096099999", "0912345678",
                "Kinh", "Không", "Không có ghi chú")));
        String after = jdbc.queryForObject("select after_state from audit_entry where action = 'member.sensitiveChanged'"
                + " and record_id = ? order by id desc limit 1", String.class, String.valueOf(ownBranch));
        assertThat(after).isEqualTo("đã sửa: số định danh cá nhân").doesNotContain("0010960");
        assertThat(SENSITIVE.toString()).doesNotContain("001096012345").doesNotContain("0912345678");
    }

    /** What each user gets: the answer, or "denied". */
    private Map<String, String> matrix(Supplier<String> operation) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String user : USERS) {
            try {
                answers.put(user, user.equals("anonymous") ? anonymously(operation) : Users.as(users, user, operation));
            } catch (AccessDeniedException denied) {
                answers.put(user, "denied");
            }
        }
        return answers;
    }

    private static String anonymously(Supplier<String> operation) {
        SecurityContextHolder.clearContext();
        return operation.get();
    }

    private long organization(String name) {
        return Users.as(users, "admin", () -> organizations.manageable()).stream()
                .filter(o -> o.getName().equals(name)).findFirst().orElseThrow().getId();
    }
}
