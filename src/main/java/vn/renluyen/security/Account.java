package vn.renluyen.security;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import vn.renluyen.base.AbstractEntity;
import vn.renluyen.base.Texts;

/** A login. Holds grants; may be linked to one member record (by id: security never imports members). */
@Entity
@Table(name = "account")
public class Account extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "member_id", unique = true)
    private Long memberId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** The password is a temporary one someone else chose: the holder replaces it before anything else. */
    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    /** Notices of credential changes up to this moment were seen by the holder (null: none yet). */
    @Column(name = "security_notices_seen_at")
    private Instant securityNoticesSeenAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Grant> grants = new ArrayList<>();

    protected Account() {
    }

    Account(String username, String displayName, String passwordHash, Long memberId, Instant now) {
        this.username = normalizeUsername(username);
        this.displayName = Texts.nfc(displayName);
        this.passwordHash = passwordHash;
        this.memberId = memberId;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** User names compare case-insensitively and in NFC, so "An" and "an" are one account. */
    public static String normalizeUsername(String username) {
        return Texts.nfc(username == null ? "" : username).toLowerCase(Locale.ROOT);
    }

    void changePasswordHash(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
        this.passwordMustChange = false;
    }

    void requirePasswordChange() {
        this.passwordMustChange = true;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Grant addGrant(Role role, Long organizationId) {
        if (!role.grantable()) {
            throw new IllegalArgumentException(role + " follows the member record and cannot be granted");
        }
        if ((role == Role.SECRETARY) != (organizationId != null)) {
            throw new IllegalArgumentException("A SECRETARY grant names exactly one organization; others none");
        }
        Grant grant = new Grant(this, role, organizationId);
        if (!grants.contains(grant)) {
            grants.add(grant);
        }
        return grant;
    }

    boolean removeGrant(Role role, Long organizationId) {
        return grants.removeIf(g -> g.getRole() == role && java.util.Objects.equals(g.getOrganizationId(), organizationId));
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getSecurityNoticesSeenAt() {
        return securityNoticesSeenAt;
    }

    /** Never moves back, so acknowledging an old snapshot in one tab does not bring notices back. */
    void securityNoticesSeenUpTo(Instant upTo) {
        if (securityNoticesSeenAt == null || upTo.isAfter(securityNoticesSeenAt)) {
            securityNoticesSeenAt = upTo;
        }
    }

    public List<Grant> getGrants() {
        return Collections.unmodifiableList(grants);
    }
}
