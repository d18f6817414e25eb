package vn.renluyen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.base.AuditEntry;
import vn.renluyen.base.AuditLog;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;

/** Who may create and reset which accounts, checked on the server for every id. */
@PortalIntegrationTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;
    @Autowired
    MemberService members;
    @Autowired
    OrganizationService organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    AuditLog auditLog;

    @Test
    void secretaryGivesAnAccountToACandidateOfTheirBranch() {
        Member yen = member("Ngô Thị", "Yến");
        String temporary = Users.as(users, "bithu", () -> accounts.createMemberAccount(yen.getId(), "ngothiyen"));

        var principal = (PortalUser) authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("ngothiyen", temporary)).getPrincipal();
        assertThat(principal.roles()).containsExactly(Role.CANDIDATE);
        assertThat(principal.displayName()).isEqualTo("Ngô Thị Yến");

        List<AuditEntry> history = auditLog.historyOf(AccountService.AUDIT_TYPE, principal.accountId());
        assertThat(history).extracting(AuditEntry::getAction).containsExactly("account.created");
        assertThat(history.getFirst().getActor()).isEqualTo("bithu");
    }

    @Test
    void secretaryOfAnotherBranchGetsNothing() {
        Member tung = member("Trịnh Văn", "Tùng");
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> accounts.createMemberAccount(tung.getId(), "tung1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> members.get(tung.getId())))
                .isInstanceOf(AccessDeniedException.class);
        Long villageId = tung.getOrganization().getId();
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> members.inSubtree(villageId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Users.as(users, "admin", () -> accounts.accountOfMember(tung.getId()))).isEmpty();
    }

    @Test
    void secretaryCannotTakeOverStaffAccountsOrGrant() {
        long editorId = accountId("bientap");
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> accounts.resetPassword(editorId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> accounts.grant(editorId, Role.ADMIN, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> accounts.allAccounts()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void secretaryResetsAForgottenPassword() {
        Member lan = member("Đỗ Thị", "Lan");
        Users.run(users, "bithu", () -> accounts.createMemberAccount(lan.getId(), "dothilan", "MatKhauBanDau1"));
        long id = accountId("dothilan");
        String temporary = Users.as(users, "bithu", () -> accounts.resetPassword(id));

        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("dothilan", "MatKhauBanDau1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("dothilan", temporary)).isAuthenticated()).isTrue();
    }

    @Test
    void passwordsFollowThePolicyAndTheCurrentOneIsChecked() {
        Member duc = member("Hoàng Minh", "Đức");
        Users.run(users, "admin", () -> accounts.createMemberAccount(duc.getId(), "hoangminhduc", "MatKhauCu2026"));

        assertThatThrownBy(() -> Users.run(users, "hoangminhduc",
                () -> accounts.changeOwnPassword("sai-mat-khau", "MatKhauMoi2026", null)))
                .isInstanceOf(AccountProblem.class).hasMessage("account.error.currentPasswordWrong");
        assertThatThrownBy(() -> Users.run(users, "hoangminhduc",
                () -> accounts.changeOwnPassword("MatKhauCu2026", "ngan", null)))
                .isInstanceOf(AccountProblem.class).hasMessage("account.error.passwordTooShort");
        assertThatThrownBy(() -> Users.run(users, "hoangminhduc",
                () -> accounts.changeOwnPassword("MatKhauCu2026", "MatKhau2026", null)))
                .as("eleven characters: one short of ASVS 2.1.1").hasMessage("account.error.passwordTooShort");
        assertThatThrownBy(() -> Users.run(users, "hoangminhduc",
                () -> accounts.changeOwnPassword("MatKhauCu2026", "xx-hoangminhduc-xx", null)))
                .isInstanceOf(AccountProblem.class).hasMessage("account.error.passwordContainsUsername");
        assertThatThrownBy(() -> Users.run(users, "hoangminhduc",
                () -> accounts.changeOwnPassword("MatKhauCu2026", "1Q2W3E4R5T6Y", null)))
                .as("long enough, but among the most common breached passwords (ASVS 2.1.7), in any case")
                .isInstanceOf(AccountProblem.class).hasMessage("account.error.passwordBreached");

        Users.run(users, "hoangminhduc", () -> accounts.changeOwnPassword("MatKhauCu2026", "MatKhauMoi2026", null));
        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated("hoangminhduc", "MatKhauMoi2026")).isAuthenticated()).isTrue();
    }

    @Test
    void badAccountRequestsAreRefusedWithAReason() {
        assertThatThrownBy(() -> Users.run(users, "admin",
                () -> accounts.createStaffAccount("Tên Có Dấu", "Ai đó", "MatKhauDaiDu1")))
                .isInstanceOf(AccountProblem.class).hasMessage("account.error.usernameInvalid");
        assertThatThrownBy(() -> Users.run(users, "admin",
                () -> accounts.createStaffAccount("BienTap", "Trùng tên", "MatKhauDaiDu1")))
                .isInstanceOf(AccountProblem.class).hasMessage("account.error.usernameTaken");
        long editorId = accountId("bientap");
        assertThatThrownBy(() -> Users.run(users, "admin", () -> accounts.grant(editorId, Role.SECRETARY, null)))
                .isInstanceOf(AccountProblem.class).hasMessage("account.error.secretaryNeedsOrganization");
        long adminId = accountId("admin");
        assertThatThrownBy(() -> Users.run(users, "admin", () -> accounts.revoke(adminId, Role.ADMIN, null)))
                .isInstanceOf(AccountProblem.class).hasMessage("account.error.cannotRevokeOwnAdmin");
    }

    @Test
    void adminGrantsAndRevokesAndTheAuditLogKeepsBeforeAndAfter() {
        long publisherId = accountId("xuatban");
        Organization root = Users.as(users, "admin", () -> organizations.manageable().getFirst());
        Users.run(users, "admin", () -> accounts.grant(publisherId, Role.SECRETARY, root.getId()));
        assertThat(((PortalUser) users.loadUserByUsername("xuatban")).secretaryOf()).containsExactly(root.getId());
        Users.run(users, "admin", () -> accounts.revoke(publisherId, Role.SECRETARY, root.getId()));
        assertThat(((PortalUser) users.loadUserByUsername("xuatban")).roles()).containsExactly(Role.PUBLISHER);

        List<AuditEntry> history = auditLog.historyOf(AccountService.AUDIT_TYPE, publisherId);
        assertThat(history).extracting(AuditEntry::getAction).endsWith("account.grant", "account.revoke");
        AuditEntry revoke = history.getLast();
        assertThat(revoke.getActor()).isEqualTo("admin");
        assertThat(revoke.getBefore()).contains("SECRETARY@" + root.getId());
        assertThat(revoke.getAfter()).doesNotContain("SECRETARY");
    }

    /** A demo member, by full name: other tests of the shared context add members with the same given names. */
    private Member member(String familyMiddleName, String givenName) {
        return Users.as(users, "admin", () -> {
            long root = organizations.manageable().getFirst().getId();
            return members.inSubtree(root).stream().filter(m -> m.getGivenName().equals(givenName)
                    && m.getFamilyMiddleName().equals(familyMiddleName)).findFirst().orElseThrow();
        });
    }

    private long accountId(String username) {
        return Users.as(users, "admin", () -> accounts.allAccounts().stream()
                .filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow().getId());
    }
}
