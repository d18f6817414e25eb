package vn.renluyen.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditEntry;
import vn.renluyen.base.AuditLog;

/**
 * Tells people about changes to their own credentials and grants (ASVS 2.2.3): a password reset by a
 * secretary, a second factor turned off, a recovery code used. The portal has no e-mail or SMS channel
 * (accounts hold no address), so the notice is shown in the portal at the holder's next sign-in until
 * they mark it seen, and the history stays on their security page. The changes are read from the
 * audit log, where every one of them is already recorded in the same transaction as the change.
 */
@Service
public class SecurityNotices {

    static final Set<String> NOTIFIED_ACTIONS = Set.of("account.passwordChanged", "account.passwordReset",
            "account.twoFactorEnabled", "account.twoFactorReplaced", "account.twoFactorDisabled",
            "account.twoFactorReset", "account.recoveryCodesRenewed", "account.recoveryCodeUsed", "account.twoFactorCodeReused", "account.grant",
            "account.revoke", "account.enabled");
    /** Who acts before a sign-in is complete (an enrolment, a recovery code): the holder, not someone else. */
    private static final Set<String> NOBODY_ELSE = Set.of("system", "anonymousUser");

    /**
     * One change. {@code byOther} names the account that made it when that was someone other than the holder
     * (an administrator, the secretary), else null.
     */
    public record Notice(String action, Instant at, String byOther) {
        /** The translated description: {@code securityNotice.<action without "account.">}. */
        public String messageKey() {
            return "securityNotice." + action.substring(action.indexOf('.') + 1);
        }
    }

    private final AuditLog auditLog;
    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    SecurityNotices(AuditLog auditLog, AccountRepository accounts, CurrentUser currentUser, Clock clock) {
        this.auditLog = auditLog;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person's latest changes, newest first (at most 50). */
    @Transactional(readOnly = true)
    public List<Notice> recentOfCurrentUser() {
        PortalUser me = currentUser.require();
        return auditLog.latestOf(AccountService.AUDIT_TYPE, me.accountId(), NOTIFIED_ACTIONS).stream()
                .map(entry -> notice(entry, me.getUsername())).toList();
    }

    /** Changes not yet marked seen that happened up to {@code upTo}, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> unseenOfCurrentUser(Instant upTo) {
        Instant seen = accounts.findById(currentUser.require().accountId())
                .map(Account::getSecurityNoticesSeenAt).orElse(null);
        return recentOfCurrentUser().stream()
                .filter(notice -> (seen == null || notice.at().isAfter(seen)) && !notice.at().isAfter(upTo))
                .toList();
    }

    /**
     * The person has seen the notices up to {@code upTo} (the moment the shown list was taken, not now: a change
     * made meanwhile is still announced).
     */
    @Transactional
    public void markSeen(Instant upTo) {
        Instant until = upTo.isAfter(clock.instant()) ? clock.instant() : upTo;
        accounts.findById(currentUser.require().accountId()).ifPresent(account -> account.securityNoticesSeenUpTo(until));
    }

    /** Demo data only: the grants it made while setting the demo accounts up are not news to anyone. */
    @Transactional
    public void markSeenForDemo(long accountId) {
        accounts.findById(accountId).ifPresent(account -> account.securityNoticesSeenUpTo(clock.instant()));
    }

    private static Notice notice(AuditEntry entry, String holder) {
        String actor = entry.getActor();
        boolean other = !actor.equals(holder) && !NOBODY_ELSE.contains(actor);
        return new Notice(entry.getAction(), entry.getAt(), other ? actor : null);
    }
}
