package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;

/** A copy of the database alone does not reveal citizen IDs, phones, ethnicity, religion or health notes. */
@PortalIntegrationTest
class SensitiveDataEncryptionIT {

    private static final SensitiveDetails SENSITIVE = new SensitiveDetails("001096054321", "0987654321", "Tày",
            "Phật giáo", "Dị ứng với penicillin, cần lưu ý khi đi dã ngoại.");

    @Autowired
    MemberService members;
    @Autowired
    MemberRecords records;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    SensitiveDataEncryption encryption;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sensitiveFieldsAreStoredEncryptedAndReadBackInClear() {
        long id = newMember("Mã Hoá", "Một");
        Users.run(users, "bithu", () -> records.protect(id, SENSITIVE));

        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT citizen_id, phone, ethnicity, religion, health_notes FROM member WHERE id = ?", id);
        assertThat(stored.values()).allSatisfy(v -> assertThat((String) v).startsWith("v1:"));
        assertThat(stored.toString()).doesNotContain("001096054321").doesNotContain("0987654321")
                .doesNotContain("Tày").doesNotContain("Phật giáo").doesNotContain("penicillin");
        assertThat(Users.as(users, "bithu", () -> records.sensitive(id))).isEqualTo(SENSITIVE);
    }

    @Test
    void valuesStoredInClearBeforeAreStillReadAndGetEncryptedAtStart() {
        long id = newMember("Mã Hoá", "Hai");
        jdbc.update("UPDATE member SET citizen_id = '001096011111', religion = 'Không' WHERE id = ?", id);
        assertThat(Users.as(users, "bithu", () -> records.sensitive(id).citizenId())).isEqualTo("001096011111");

        assertThat(encryption.encryptClearValues()).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.queryForObject("SELECT citizen_id FROM member WHERE id = ?", String.class, id)).startsWith("v1:");
        SensitiveDetails read = Users.as(users, "bithu", () -> records.sensitive(id));
        assertThat(read.citizenId()).isEqualTo("001096011111");
        assertThat(read.religion()).isEqualTo("Không");
        assertThat(encryption.encryptClearValues()).as("nothing left in clear").isZero();
    }

    private long newMember(String familyMiddle, String given) {
        long cell = organizations.findAll().stream().filter(o -> o.getName().equals("Chi bộ Giáo viên")).findFirst()
                .orElseThrow().getId();
        return Users.as(users, "bithu", () -> members.register(familyMiddle, given, LocalDate.of(1992, 3, 4), cell,
                MemberStatus.OFFICIAL, LocalDate.of(2018, 1, 1), null, "Lập hồ sơ")).getId();
    }
}
