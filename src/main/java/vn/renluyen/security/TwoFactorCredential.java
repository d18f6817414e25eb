package vn.renluyen.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An account's enrolled authenticator: the encrypted TOTP secret and the last time step accepted. */
@Entity
@Table(name = "account_two_factor")
class TwoFactorCredential {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Version
    private long version;

    @Column(name = "secret_encrypted", nullable = false)
    private String secretEncrypted;

    @Column(name = "enabled_at", nullable = false)
    private Instant enabledAt;

    /** A code is accepted once: a later sign-in needs a later time step (RFC 6238 §5.2). */
    @Column(name = "last_used_step")
    private Long lastUsedStep;

    protected TwoFactorCredential() {
    }

    TwoFactorCredential(long accountId, String secretEncrypted, Instant enabledAt, long enrolmentStep) {
        this.accountId = accountId;
        this.secretEncrypted = secretEncrypted;
        this.enabledAt = enabledAt;
        this.lastUsedStep = enrolmentStep;
    }

    long accountId() {
        return accountId;
    }

    String secretEncrypted() {
        return secretEncrypted;
    }

    Instant enabledAt() {
        return enabledAt;
    }

    boolean mayUse(long step) {
        return lastUsedStep == null || step > lastUsedStep;
    }

    void used(long step) {
        lastUsedStep = step;
    }
}
