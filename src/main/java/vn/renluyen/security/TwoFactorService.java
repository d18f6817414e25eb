package vn.renluyen.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.ReadOnPrimary;
import vn.renluyen.base.EncryptedColumns;
import vn.renluyen.base.SecretCipher;

/**
 * Two-factor sign-in: an authenticator app's time-based codes, or one of ten single-use recovery
 * codes. Required for the roles in {@code portal.security.two-factor.required-roles} (ADMIN and
 * SECRETARY: they reach other people's records) and open to everyone else. Wrong codes count as
 * failed logins of the account's name, so the login throttle limits guessing.
 */
@Service
public class TwoFactorService {

    static final String ISSUER = "RènLuyện";
    static final int RECOVERY_CODES = 10;
    private static final String AUDIT_TYPE = "account";
    /** No 0/O, 1/I/L: codes are copied from paper. */
    private static final char[] RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Outcome { ACCEPTED, WRONG, REFUSED }

    /** A secret offered for enrolment; nothing is stored until a code made from it is confirmed. */
    public record Enrolment(String secret, String provisioningUri) {
        /** The secret in groups of four, easier to type by hand. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    public record Status(boolean enabled, Instant enabledAt, int recoveryCodesLeft, boolean required) {
    }

    /** Where the TOTP secrets are, for key rotation (RetiredKeyRewrap). */
    @Bean
    static EncryptedColumns totpSecretColumns() {
        return new EncryptedColumns("account_two_factor", "account_id", List.of("secret_encrypted"));
    }

    private final TwoFactorCredentialRepository credentials;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecretCipher cipher;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Set<Role> requiredRoles;

    TwoFactorService(TwoFactorCredentialRepository credentials, RecoveryCodeRepository recoveryCodes,
            SecretCipher cipher, PasswordEncoder passwordEncoder, LoginThrottle throttle, CurrentUser currentUser,
            AuditLog auditLog, Clock clock,
            @Value("${portal.security.two-factor.required-roles:ADMIN,SECRETARY}") Set<Role> requiredRoles) {
        this.credentials = credentials;
        this.recoveryCodes = recoveryCodes;
        this.cipher = cipher;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.requiredRoles = requiredRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requiredRoles);
    }

    boolean isRequiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(requiredRoles::contains);
    }

    /** After a right password: the pending sign-in, if this account must show (or first enrol) a second factor. */
    @ReadOnPrimary
    Optional<PendingSignIn> pendingFor(PortalUser user) {
        boolean enrolled = credentials.existsById(user.accountId());
        if (!enrolled && !isRequiredFor(user.roles())) {
            return Optional.empty();
        }
        return Optional.of(new PendingSignIn(user.accountId(), user.getUsername(), enrolled, clock.instant(), false));
    }

    /** The session's pending sign-in, if it is still fresh; {@code session} reads a session attribute. */
    public Optional<PendingSignIn> pending(Function<String, Object> session) {
        return PendingSignIn.in(session, clock.instant());
    }

    /**
     * The sign-in step: a code from the app, or an unused recovery code (which is then used up).
     * Accepted, the pending sign-in is marked verified in the session, ready for the completion step.
     */
    @Transactional
    public Outcome verify(PendingSignIn pending, String code, BiConsumer<String, Object> session) {
        if (refused(pending.username())) {
            return Outcome.REFUSED;
        }
        Optional<TwoFactorCredential> credential = credentials.findById(pending.accountId());
        if (credential.isPresent() && (acceptsTotp(credential.get(), code) || usesRecoveryCode(pending.accountId(), pending.username(), code))) {
            PendingSignIn.store(session, pending.asVerified());
            return Outcome.ACCEPTED;
        }
        throttle.recordFailure(pending.username());
        if (credential.isPresent() && replays(credential.get(), code)) {
            // Whoever types a code already used knows the password and has seen a code: the holder is told (ASVS 2.8.5).
            SecurityEvents.secondFactorReplayed(pending.username());
            auditLog.record("account.twoFactorCodeReused", AUDIT_TYPE, pending.accountId(), null, null);
        } else {
            SecurityEvents.secondFactorRejected(pending.username());
        }
        return Outcome.WRONG;
    }

    /** A new secret for the signed-in user or for a pending sign-in that must enrol first. */
    public Enrolment newEnrolment(String username) {
        String secret = TotpCodes.newSecret();
        return new Enrolment(secret, TotpCodes.provisioningUri(ISSUER, username, secret));
    }

    public Enrolment newEnrolmentForCurrentUser() {
        return newEnrolment(currentUser.require().getUsername());
    }

    /**
     * Stores the secret once a code made from it proves the app has it, replacing an earlier one,
     * and returns ten fresh recovery codes to be shown once.
     */
    @Transactional
    public List<String> enrol(PendingSignIn pending, Enrolment enrolment, String code, BiConsumer<String, Object> session) {
        List<String> codes = enrol(pending.accountId(), pending.username(), enrolment, code);
        PendingSignIn.store(session, pending.asVerified());
        return codes;
    }

    @Transactional
    public List<String> enrolCurrentUser(Enrolment enrolment, String code) {
        PortalUser me = currentUser.require();
        return enrol(me.accountId(), me.getUsername(), enrolment, code);
    }

    private List<String> enrol(long accountId, String username, Enrolment enrolment, String code) {
        if (refused(username)) {
            throw new AccountProblem("twoFactor.error.refused");
        }
        OptionalLong step = TotpCodes.matchingStep(enrolment.secret(), code, clock.instant());
        if (step.isEmpty()) {
            throttle.recordFailure(username);
            throw new AccountProblem("twoFactor.error.codeWrong");
        }
        Optional<TwoFactorCredential> earlier = credentials.findById(accountId);
        boolean replacing = earlier.isPresent();
        earlier.ifPresent(credentials::delete);
        credentials.flush();
        credentials.save(new TwoFactorCredential(accountId, cipher.encrypt(enrolment.secret()), clock.instant(),
                step.getAsLong()));
        auditLog.record(replacing ? "account.twoFactorReplaced" : "account.twoFactorEnabled", AUDIT_TYPE, accountId,
                null, username);
        return newRecoveryCodes(accountId);
    }

    /** Replaces the signed-in user's recovery codes, proving the app first. */
    @Transactional
    public List<String> renewRecoveryCodes(String code) {
        PortalUser me = currentUser.require();
        requireOwnCode(me, code);
        auditLog.record("account.recoveryCodesRenewed", AUDIT_TYPE, me.accountId(), null, me.getUsername());
        return newRecoveryCodes(me.accountId());
    }

    /** Turns two-factor sign-in off for the signed-in user, where their roles do not require it. */
    @Transactional
    public void disableOwn(String code) {
        PortalUser me = currentUser.require();
        if (isRequiredFor(me.roles())) {
            throw new AccountProblem("twoFactor.error.required");
        }
        requireOwnCode(me, code);
        remove(me.accountId());
        auditLog.record("account.twoFactorDisabled", AUDIT_TYPE, me.accountId(), null, me.getUsername());
    }

    @ReadOnPrimary
    public Status statusOfCurrentUser() {
        PortalUser me = currentUser.require();
        Optional<TwoFactorCredential> credential = credentials.findById(me.accountId());
        return new Status(credential.isPresent(), credential.map(TwoFactorCredential::enabledAt).orElse(null),
                credential.isPresent() ? recoveryCodes.findUnused(me.accountId()).size() : 0, isRequiredFor(me.roles()));
    }

    @ReadOnPrimary
    public boolean isEnabled(long accountId) {
        return credentials.existsById(accountId);
    }

    /** Demo data only: an account enrolled with a secret written in README, so that the demo can be tried. */
    @Transactional
    public void enrolForDemo(long accountId, String secret) {
        if (!credentials.existsById(accountId)) {
            credentials.save(new TwoFactorCredential(accountId, cipher.encrypt(secret), clock.instant(), 0));
        }
    }

    /** Lost phone and codes: the account signs in with its password and enrols again. Callers check who may. */
    @Transactional
    void remove(long accountId) {
        credentials.findById(accountId).ifPresent(credentials::delete);
        recoveryCodes.deleteByAccount(accountId);
    }

    /** A name the login throttle refuses: this attempt counts too, as a password attempt would. */
    private boolean refused(String username) {
        if (!throttle.isRefused(username)) {
            return false;
        }
        throttle.recordFailure(username);
        SecurityEvents.throttled(username);
        return true;
    }

    private void requireOwnCode(PortalUser me, String code) {
        if (refused(me.getUsername())) {
            throw new AccountProblem("twoFactor.error.refused");
        }
        TwoFactorCredential credential = credentials.findById(me.accountId())
                .orElseThrow(() -> new AccountProblem("twoFactor.error.notEnabled"));
        if (!acceptsTotp(credential, code)) {
            throttle.recordFailure(me.getUsername());
            throw new AccountProblem("twoFactor.error.codeWrong");
        }
    }

    private boolean acceptsTotp(TwoFactorCredential credential, String code) {
        OptionalLong step = TotpCodes.matchingStep(cipher.decrypt(credential.secretEncrypted()), code, clock.instant());
        if (step.isEmpty() || !credential.mayUse(step.getAsLong())) {
            return false;
        }
        credential.used(step.getAsLong());
        return true;
    }

    /** A code of the app's secret, but of a time step already used. */
    private boolean replays(TwoFactorCredential credential, String code) {
        OptionalLong step = TotpCodes.matchingStep(cipher.decrypt(credential.secretEncrypted()), code, clock.instant());
        return step.isPresent() && !credential.mayUse(step.getAsLong());
    }

    private boolean usesRecoveryCode(long accountId, String username, String code) {
        String normalized = normalizeRecoveryCode(code);
        if (normalized.length() != 10) {
            return false;
        }
        for (RecoveryCode candidate : recoveryCodes.findUnused(accountId)) {
            if (passwordEncoder.matches(normalized, candidate.codeHash())) {
                candidate.use(clock.instant());
                SecurityEvents.recoveryCodeUsed(username);
                auditLog.record("account.recoveryCodeUsed", AUDIT_TYPE, accountId, null, null);
                return true;
            }
        }
        return false;
    }

    private List<String> newRecoveryCodes(long accountId) {
        recoveryCodes.deleteByAccount(accountId);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
            }
            recoveryCodes.save(new RecoveryCode(accountId, passwordEncoder.encode(code.toString()), clock.instant()));
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return shown;
    }

    static String normalizeRecoveryCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
