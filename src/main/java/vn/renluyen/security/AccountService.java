package vn.renluyen.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.ReadOnPrimary;
import vn.renluyen.base.Texts;

/**
 * Accounts and grants. ADMIN manages everyone; a SECRETARY creates accounts for, and resets the
 * passwords of, members inside their organization's subtree who hold no grants of their own (so a
 * secretary can never take over a staff account). Every change is audited.
 */
@Service
public class AccountService {

    static final String AUDIT_TYPE = "account";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final MemberDirectory members;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TwoFactorService twoFactor;
    private final SignedInSessions sessions;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            MemberDirectory members, AuditLog auditLog, Clock clock, TwoFactorService twoFactor,
            SignedInSessions sessions) {
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.members = members;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A staff account without a member record (propaganda staff, administrators). ADMIN only. */
    @Transactional
    public Account createStaffAccount(String username, String displayName, String password) {
        currentUser.requireRole(Role.ADMIN);
        return create(username, displayName, password, null);
    }

    /** An account for a member or candidate; the display name is the member's name. */
    @Transactional
    public Account createMemberAccount(long memberId, String username, String password) {
        currentUser.requireMember(memberId);
        if (accounts.findByMemberId(memberId).isPresent()) {
            throw new AccountProblem("account.error.memberHasAccount");
        }
        String name = members.memberName(memberId).orElseThrow(() -> new AccountProblem("account.error.noSuchMember"));
        return create(username, name, password, memberId);
    }

    /** Same, with a generated temporary password, returned to be handed to the member once. */
    @Transactional
    public String createMemberAccount(long memberId, String username) {
        String temporary = PasswordPolicy.temporary();
        createMemberAccount(memberId, username, temporary).requirePasswordChange();
        return temporary;
    }

    /** Sets a new temporary password and returns it, to be handed to the person once. */
    @Transactional
    public String resetPassword(long accountId) {
        Account account = manageable(accountId);
        String temporary = PasswordPolicy.temporary();
        account.changePasswordHash(passwordEncoder.encode(temporary), clock.instant());
        account.requirePasswordChange();
        auditLog.record("account.passwordReset", AUDIT_TYPE, account.getId(), null, account.getUsername());
        return temporary;
    }

    /** The signed-in person holds a temporary password and must choose their own first. */
    @ReadOnPrimary
    public boolean mustChangeOwnPassword() {
        return currentUser.get().flatMap(user -> accounts.findById(user.accountId()))
                .map(Account::isPasswordMustChange).orElse(false);
    }

    /**
     * Lost phone and recovery codes: the account signs in with its password again and, where its
     * roles require two-factor sign-in, enrols a new authenticator on the way in.
     */
    @Transactional
    public void resetTwoFactor(long accountId) {
        Account account = manageable(accountId);
        twoFactor.remove(account.getId());
        auditLog.record("account.twoFactorReset", AUDIT_TYPE, account.getId(), null, account.getUsername());
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String currentSessionId) {
        PortalUser me = currentUser.require();
        Account account = accounts.findById(me.accountId()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountProblem("account.error.currentPasswordWrong");
        }
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        auditLog.record("account.passwordChanged", AUDIT_TYPE, account.getId(), null, account.getUsername());
        // Whoever else is signed in with the old password is signed out (ASVS 3.3.3).
        sessions.endOthers(account.getId(), currentSessionId);
    }

    @Transactional
    public void grant(long accountId, Role role, Long organizationId) {
        currentUser.requireRole(Role.ADMIN);
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountProblem("account.error.notFound"));
        if (role == Role.SECRETARY && (organizationId == null || members.organizationName(organizationId).isEmpty()
                || members.isDissolved(organizationId))) {
            throw new AccountProblem("account.error.secretaryNeedsOrganization");
        }
        String before = account.getGrants().toString();
        account.addGrant(role, role == Role.SECRETARY ? organizationId : null);
        auditLog.record("account.grant", AUDIT_TYPE, account.getId(), before, account.getGrants().toString());
    }

    @Transactional
    public void revoke(long accountId, Role role, Long organizationId) {
        currentUser.requireRole(Role.ADMIN);
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountProblem("account.error.notFound"));
        if (role == Role.ADMIN && account.getId().equals(currentUser.require().accountId())) {
            throw new AccountProblem("account.error.cannotRevokeOwnAdmin");
        }
        String before = account.getGrants().toString();
        if (account.removeGrant(role, organizationId)) {
            auditLog.record("account.revoke", AUDIT_TYPE, account.getId(), before, account.getGrants().toString());
        }
    }

    /**
     * Part of dissolving an organization, in the same transaction: no account keeps a SECRETARY scope over an
     * organization that no longer exists. Whoever may manage the organization (and so dissolve it) may do
     * this, but only once it is dissolved. People already logged in keep the grant until they log in again
     * (grants are read at login); the dissolved organization itself can no longer be changed.
     */
    @Transactional
    public void revokeSecretaryGrantsOf(long organizationId) {
        currentUser.requireOrganization(organizationId);
        if (!members.isDissolved(organizationId)) {
            throw new IllegalStateException("Organization " + organizationId + " is not dissolved");
        }
        for (Account account : accounts.findWithGrant(Role.SECRETARY, organizationId)) {
            String before = account.getGrants().toString();
            account.removeGrant(Role.SECRETARY, organizationId);
            auditLog.record("account.revoke", AUDIT_TYPE, account.getId(), before, account.getGrants().toString());
        }
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        Account account = manageable(accountId);
        if (!enabled && account.getId().equals(currentUser.require().accountId())) {
            throw new AccountProblem("account.error.cannotDisableSelf");
        }
        boolean before = account.isEnabled();
        account.setEnabled(enabled);
        auditLog.record(enabled ? "account.enabled" : "account.disabled", AUDIT_TYPE, account.getId(),
                String.valueOf(before), String.valueOf(enabled));
        if (!enabled) {
            sessions.endAll(account.getId());
        }
    }

    @Transactional(readOnly = true)
    public List<Account> allAccounts() {
        currentUser.requireRole(Role.ADMIN);
        return accounts.findAllByOrderByUsernameAsc();
    }

    /** Accounts of the given members, for the member list; only members in the user's scope. */
    @Transactional(readOnly = true)
    public List<Account> accountsOfMembers(java.util.Collection<Long> memberIds) {
        List<Long> visible = memberIds.stream().filter(id -> currentUser.mayManageMember(id) || currentUser.isSelf(id))
                .toList();
        return visible.isEmpty() ? List.of() : accounts.findByMemberIdIn(visible);
    }

    @Transactional(readOnly = true)
    public Optional<Account> accountOfMember(long memberId) {
        currentUser.requireMember(memberId);
        return accounts.findByMemberId(memberId);
    }

    /** Used once, when an empty database gets its first administrator from the environment. */
    @Transactional
    Account createFirstAdmin(String username, String password) {
        if (accounts.count() > 0) {
            throw new IllegalStateException("The database already has accounts");
        }
        Account admin = create(username, "Quản trị hệ thống", password, null);
        admin.addGrant(Role.ADMIN, null);
        return admin;
    }

    private Account create(String username, String displayName, String password, Long memberId) {
        String name = Account.normalizeUsername(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountProblem("account.error.usernameInvalid");
        }
        if (Texts.isBlank(displayName)) {
            throw new AccountProblem("account.error.displayNameRequired");
        }
        if (accounts.existsByUsername(name)) {
            throw new AccountProblem("account.error.usernameTaken");
        }
        PasswordPolicy.check(name, password);
        Account account = accounts.save(new Account(name, displayName, passwordEncoder.encode(password), memberId,
                clock.instant()));
        auditLog.record("account.created", AUDIT_TYPE, account.getId(), null,
                name + (memberId == null ? "" : " member=" + memberId));
        return account;
    }

    /** ADMIN: any account. SECRETARY: member accounts in scope that hold no grants. */
    private Account manageable(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountProblem("account.error.notFound"));
        if (currentUser.has(Role.ADMIN)) {
            return account;
        }
        if (account.getMemberId() != null && account.getGrants().isEmpty()
                && currentUser.mayManageMember(account.getMemberId())) {
            return account;
        }
        throw new AccessDeniedException("Account " + accountId + " is outside the user's scope");
    }
}
