package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.SearchIndex;
import vn.renluyen.Users;

/** Member names reach the Lucene index through the outbox and are found with or without diacritics. */
@PortalIntegrationTest
class MemberSearchIT {

    @Autowired
    MemberService members;
    @Autowired
    OrganizationService organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewMemberIsFoundByNameWithoutDiacriticsInsideTheSecretarysScope() {
        Organization teachers = organization("Chi bộ Giáo viên");
        Users.run(users, "bithu", () -> members.register("Nguyễn Thị Thuỷ", "Tiên", LocalDate.of(1994, 2, 14),
                teachers.getId(), MemberStatus.CANDIDATE, LocalDate.of(2026, 10, 1), null, "Chi bộ giới thiệu"));
        SearchIndex.awaitOutboxEmpty(jdbc);

        long school = teachers.getParent().getId();
        List<Member> found = Users.as(users, "bithu", () -> members.searchByName(school, "nguyen thi thuy tien"));
        assertThat(found).extracting(Member::getFullName).containsExactly("Nguyễn Thị Thuỷ Tiên");

        List<Member> byGivenName = Users.as(users, "bithu", () -> members.searchByName(school, "TIÊN"));
        assertThat(byGivenName).extracting(Member::getFullName).contains("Nguyễn Thị Thuỷ Tiên");
    }

    @Test
    void searchStaysInsideTheSubtreeAndOtherBranchesAreRefused() {
        SearchIndex.awaitOutboxEmpty(jdbc);
        Organization school = organization("Đảng bộ Trường Trung học phổ thông Hoà An");
        Organization village = organization("Chi bộ thôn Đông Hoà");
        // "Tùng" lives in the village cell: an admin finds him there, not under the school.
        assertThat(Users.as(users, "admin", () -> members.searchByName(village.getId(), "tung")))
                .extracting(Member::getGivenName).containsExactly("Tùng");
        assertThat(Users.as(users, "admin", () -> members.searchByName(school.getId(), "tung"))).isEmpty();
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> members.searchByName(village.getId(), "tung")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void listsSortTheVietnameseWayByGivenNameThenFamilyName() {
        Organization school = organization("Đảng bộ Trường Trung học phổ thông Hoà An");
        List<String> givenNames = Users.as(users, "bithu", () -> members.inSubtree(school.getId())).stream()
                .map(Member::getGivenName).toList();
        // utf8mb4_vietnamese_ci puts Đ after D and before E, so "Đức" comes between "Bình" and "Hằng".
        // Other tests of the shared context add members here, so only the demo members' relative order is checked.
        assertThat(givenNames.indexOf("An")).isNotNegative().isLessThan(givenNames.indexOf("Bình"));
        assertThat(givenNames.indexOf("Bình")).isLessThan(givenNames.indexOf("Đức"));
        assertThat(givenNames.indexOf("Đức")).isLessThan(givenNames.indexOf("Hằng"));
    }

    @Test
    void organizationLevelsFollowThe2025Structure() {
        Organization school = organization("Đảng bộ Trường Trung học phổ thông Hoà An");
        assertThatThrownBy(() -> Users.run(users, "admin",
                () -> organizations.create("Đảng bộ xã lạc chỗ", OrganizationType.COMMUNE, school.getId())))
                .isInstanceOf(MemberProblem.class).hasMessage("organization.error.wrongParent");
        Organization group = Users.as(users, "bithu", () -> organizations.create("Tổ đảng số 1", OrganizationType.GROUP,
                organization("Chi bộ Giáo viên").getId()));
        assertThat(group.getPath()).startsWith(school.getPath());
    }

    private Organization organization(String name) {
        return Users.as(users, "admin", () -> organizations.manageable().stream()
                .filter(o -> o.getName().equals(name)).findFirst().orElseThrow());
    }
}
