package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.SearchIndex;
import vn.renluyen.Users;
import vn.renluyen.base.AuditEntry;
import vn.renluyen.base.AuditLog;
import vn.renluyen.security.Account;
import vn.renluyen.security.AccountProblem;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.MemberDirectory;
import vn.renluyen.security.Role;

/**
 * Creating, renaming, moving and dissolving organizations. The context is shared: every test builds its own
 * organizations below the demo school (bithu's grant) and never changes a demo organization.
 */
@PortalIntegrationTest
class OrganizationTreeIT {

    @Autowired
    OrganizationService organizations;
    @Autowired
    OrganizationRepository repository;
    @Autowired
    MemberService members;
    @Autowired
    MemberStatuses statuses;
    @Autowired
    AccountService accounts;
    @Autowired
    MemberDirectory directory;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void movingAnOrganizationMovesItsSubtreeAndTheMembersAreFoundUnderTheNewParent() {
        long school = demo("Đảng bộ Trường Trung học phổ thông Hoà An");
        Organization from = bithu(() -> organizations.create("Đảng bộ bộ phận Khối Tự nhiên", OrganizationType.PARTIAL_COMMITTEE, school));
        Organization to = bithu(() -> organizations.create("Đảng bộ bộ phận Khối Xã hội", OrganizationType.PARTIAL_COMMITTEE, school));
        Organization cell = bithu(() -> organizations.create("Chi bộ Toán - Tin", OrganizationType.CELL, from.getId()));
        Organization group = bithu(() -> organizations.create("Tổ đảng Tin học", OrganizationType.GROUP, cell.getId()));
        bithu(() -> members.register("Quách Thị Mộng", "Tuyền", LocalDate.of(1990, 3, 8), group.getId(),
                MemberStatus.OFFICIAL, LocalDate.of(2015, 5, 19), "12-QĐ/ĐU", "Kết nạp"));
        SearchIndex.awaitOutboxEmpty(jdbc);
        assertThat(found(from.getId())).containsExactly("Quách Thị Mộng Tuyền");

        Organization moved = bithu(() -> organizations.move(cell.getId(), to.getId()));

        assertThat(moved.getPath()).isEqualTo(to.getPath() + cell.getId() + "/");
        assertThat(repository.findById(group.getId()).orElseThrow().getPath())
                .isEqualTo(to.getPath() + cell.getId() + "/" + group.getId() + "/");
        assertThat(repository.findById(cell.getId()).orElseThrow().getParent().getId()).isEqualTo(to.getId());
        SearchIndex.awaitOutboxEmpty(jdbc);
        assertThat(found(to.getId())).containsExactly("Quách Thị Mộng Tuyền");
        assertThat(found(from.getId())).isEmpty();
        assertThat(bithu(() -> members.inSubtree(to.getId()))).extracting(Member::getGivenName).contains("Tuyền");

        AuditEntry audit = auditLog.historyOf(OrganizationService.AUDIT_TYPE, cell.getId()).getLast();
        assertThat(audit.getAction()).isEqualTo("organization.moved");
        assertThat(audit.getActor()).isEqualTo("bithu");
        assertThat(audit.getBefore()).contains("Khối Tự nhiên", from.getPath());
        assertThat(audit.getAfter()).contains("Khối Xã hội", moved.getPath());
    }

    @Test
    void anOrganizationCannotGoIntoItsOwnSubtreeNorUnderAWrongLevel() {
        long school = demo("Đảng bộ Trường Trung học phổ thông Hoà An");
        Organization branch = bithu(() -> organizations.create("Đảng bộ bộ phận Khối 10", OrganizationType.PARTIAL_COMMITTEE, school));
        Organization cell = bithu(() -> organizations.create("Chi bộ Khối 10", OrganizationType.CELL, branch.getId()));
        Organization group = bithu(() -> organizations.create("Tổ đảng Khối 10", OrganizationType.GROUP, cell.getId()));

        assertProblem(() -> organizations.move(branch.getId(), group.getId()), "organization.error.ownSubtree");
        assertProblem(() -> organizations.move(branch.getId(), branch.getId()), "organization.error.ownSubtree");
        assertProblem(() -> organizations.move(cell.getId(), demo("Chi bộ Giáo viên")), "organization.error.wrongParent");
        assertThatThrownBy(() -> Users.run(users, "admin", () -> organizations.move(group.getId(), 999_999L)))
                .isInstanceOf(MemberProblem.class).hasMessage("organization.error.notFound");
        assertThatThrownBy(() -> bithu(() -> organizations.move(cell.getId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bithu(() -> organizations.possibleParents(cell.getId()))).extracting(Organization::getName)
                .contains("Đảng bộ Trường Trung học phổ thông Hoà An").doesNotContain("Chi bộ Giáo viên",
                        "Đảng bộ bộ phận Khối 10", "Chi bộ thôn Đông Hoà");

        assertThat(repository.findById(branch.getId()).orElseThrow().getPath()).isEqualTo(branch.getPath());
        assertThat(repository.findById(group.getId()).orElseThrow().getPath()).isEqualTo(group.getPath());
    }

    @Test
    void renamingStoresTheNameInNfcAndIsAudited() {
        long school = demo("Đảng bộ Trường Trung học phổ thông Hoà An");
        Organization cell = bithu(() -> organizations.create("Chi bộ Thư viện", OrganizationType.CELL, school));
        String decomposed = Normalizer.normalize("  Chi bộ Thư viện - Thiết bị  ", Normalizer.Form.NFD);

        assertThat(bithu(() -> organizations.rename(cell.getId(), decomposed)).getName())
                .isEqualTo("Chi bộ Thư viện - Thiết bị");
        assertProblem(() -> organizations.rename(cell.getId(), "   "), "organization.error.nameRequired");
        assertProblem(() -> organizations.rename(cell.getId(), "x".repeat(256)), "organization.error.nameTooLong");

        assertThat(repository.findById(cell.getId()).orElseThrow().getName()).isEqualTo("Chi bộ Thư viện - Thiết bị");
        AuditEntry audit = auditLog.historyOf(OrganizationService.AUDIT_TYPE, cell.getId()).getLast();
        assertThat(audit.getAction()).isEqualTo("organization.renamed");
        assertThat(audit.getBefore()).isEqualTo("Chi bộ Thư viện");
        assertThat(audit.getAfter()).isEqualTo("Chi bộ Thư viện - Thiết bị");
    }

    @Test
    void onlyAnEmptyOrganizationIsDissolvedAndThenItIsGoneFromTheLists() {
        long school = demo("Đảng bộ Trường Trung học phổ thông Hoà An");
        Organization branch = bithu(() -> organizations.create("Đảng bộ bộ phận Khối 11", OrganizationType.PARTIAL_COMMITTEE, school));
        Organization cell = bithu(() -> organizations.create("Chi bộ Khối 11", OrganizationType.CELL, branch.getId()));
        Member member = bithu(() -> members.register("Đoàn Văn", "Lực", LocalDate.of(1985, 9, 2), cell.getId(),
                MemberStatus.OFFICIAL, LocalDate.of(2010, 1, 5), "3-QĐ/ĐU", "Kết nạp"));

        assertProblem(() -> organizations.dissolve(branch.getId(), "Sáp nhập"), "organization.error.hasChildren");
        assertProblem(() -> organizations.dissolve(cell.getId(), "Sáp nhập"), "organization.error.hasMembers");
        // A record that left the Party still holds the organization's history.
        bithu(() -> statuses.remove(member.getId(), "9-QĐ/ĐU", LocalDate.of(2026, 6, 1), "Xoá tên"));
        assertProblem(() -> organizations.dissolve(cell.getId(), "Sáp nhập"), "organization.error.hasMembers");

        Organization empty = bithu(() -> organizations.create("Chi bộ Khối 11 cũ", OrganizationType.CELL, branch.getId()));
        assertProblem(() -> organizations.dissolve(empty.getId(), " "), "organization.error.reasonRequired");
        bithu(() -> organizations.dissolve(empty.getId(), "Nghị quyết 5-NQ/ĐU sáp nhập vào Chi bộ Khối 11"));

        Organization dissolved = repository.findById(empty.getId()).orElseThrow();
        assertThat(dissolved.isDissolved()).isTrue();
        assertThat(dissolved.getDissolutionReason()).isEqualTo("Nghị quyết 5-NQ/ĐU sáp nhập vào Chi bộ Khối 11");
        assertThat(bithu(organizations::manageable)).extracting(Organization::getId).doesNotContain(empty.getId())
                .contains(branch.getId());
        assertThat(directory.organizations()).extracting(MemberDirectory.OrganizationChoice::id)
                .doesNotContain(empty.getId());
        assertProblem(() -> organizations.rename(empty.getId(), "Chi bộ hồi sinh"), "organization.error.dissolved");
        assertProblem(() -> organizations.dissolve(empty.getId(), "Lần nữa"), "organization.error.dissolved");
        assertProblem(() -> organizations.create("Tổ đảng mồ côi", OrganizationType.GROUP, empty.getId()),
                "organization.error.dissolved");
        Organization group = bithu(() -> organizations.create("Tổ đảng Khối 11", OrganizationType.GROUP, cell.getId()));
        assertProblem(() -> organizations.move(group.getId(), empty.getId()), "organization.error.dissolved");
        assertThat(auditLog.historyOf(OrganizationService.AUDIT_TYPE, empty.getId()).getLast().getAction())
                .isEqualTo("organization.dissolved");

        // Children that are all dissolved no longer keep their parent alive.
        Organization lone = bithu(() -> organizations.create("Đảng bộ bộ phận Khối 12", OrganizationType.PARTIAL_COMMITTEE, school));
        Organization last = bithu(() -> organizations.create("Chi bộ Khối 12", OrganizationType.CELL, lone.getId()));
        bithu(() -> organizations.dissolve(last.getId(), "Hết đảng viên"));
        bithu(() -> organizations.dissolve(lone.getId(), "Hết tổ chức trực thuộc"));
        assertThat(repository.findById(lone.getId()).orElseThrow().isDissolved()).isTrue();
    }

    @Test
    void dissolvingRevokesTheSecretaryGrantsNamingTheOrganization() {
        long school = demo("Đảng bộ Trường Trung học phổ thông Hoà An");
        Organization cell = bithu(() -> organizations.create("Chi bộ Bán trú", OrganizationType.CELL, school));
        Account secretary = Users.as(users, "admin", () -> accounts.createStaffAccount("bithu.bantru",
                "Bí thư chi bộ Bán trú", "MatKhauBiThu2026"));
        Users.run(users, "admin", () -> accounts.grant(secretary.getId(), Role.SECRETARY, cell.getId()));

        bithu(() -> organizations.dissolve(cell.getId(), "Giải thể theo Quyết định 7-QĐ/ĐU"));

        assertThat(grantsOf("bithu.bantru")).isEmpty();
        assertThatThrownBy(() -> Users.run(users, "admin",
                () -> accounts.grant(secretary.getId(), Role.SECRETARY, cell.getId())))
                .isInstanceOf(AccountProblem.class).hasMessage("account.error.secretaryNeedsOrganization");
        assertThatThrownBy(() -> Users.run(users, "admin", () -> accounts.revokeSecretaryGrantsOf(school)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSecretaryChangesNeitherOtherBranchesNorTheirOwnOrganization() {
        long school = demo("Đảng bộ Trường Trung học phổ thông Hoà An");
        long village = demo("Chi bộ thôn Đông Hoà");
        Organization cell = bithu(() -> organizations.create("Chi bộ Nề nếp", OrganizationType.CELL, school));
        Organization group = bithu(() -> organizations.create("Tổ đảng Nề nếp", OrganizationType.GROUP, cell.getId()));

        for (long target : new long[] {village, school}) {
            assertDenied(() -> organizations.rename(target, "Tên mới"));
            assertDenied(() -> organizations.move(target, school));
            assertDenied(() -> organizations.dissolve(target, "Thử"));
        }
        assertDenied(() -> organizations.move(group.getId(), village));
        assertDenied(() -> organizations.create("Tổ đảng lạ", OrganizationType.GROUP, village));

        Organization schoolRow = repository.findById(school).orElseThrow();
        assertThat(schoolRow.getName()).isEqualTo("Đảng bộ Trường Trung học phổ thông Hoà An");
        assertThat(repository.findById(group.getId()).orElseThrow().getPath()).startsWith(schoolRow.getPath());
        assertThat(bithu(() -> organizations.mayChange(schoolRow))).isFalse();
        assertThat(bithu(() -> organizations.mayChange(cell))).isTrue();
        assertThat(Users.as(users, "admin", () -> organizations.mayChange(schoolRow))).isTrue();
        assertThat(bithu(organizations::manageable)).extracting(Organization::getId).contains(school, cell.getId())
                .doesNotContain(village);
    }

    private List<String> found(long organizationId) {
        return bithu(() -> members.searchByName(organizationId, "quach thi mong tuyen")).stream()
                .map(Member::getFullName).toList();
    }

    private List<String> grantsOf(String username) {
        return Users.as(users, "admin", () -> accounts.allAccounts()).stream()
                .filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow()
                .getGrants().stream().map(Object::toString).toList();
    }

    private void assertProblem(Runnable work, String key) {
        assertThatThrownBy(() -> bithu(work)).isInstanceOf(MemberProblem.class).hasMessage(key);
    }

    private void assertDenied(Runnable work) {
        assertThatThrownBy(() -> bithu(work)).isInstanceOf(AccessDeniedException.class);
    }

    private <T> T bithu(Supplier<T> work) {
        return Users.as(users, "bithu", work);
    }

    private void bithu(Runnable work) {
        Users.run(users, "bithu", work);
    }

    private long demo(String name) {
        return repository.findAllByOrderByPathAsc().stream().filter(o -> o.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }
}
