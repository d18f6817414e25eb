package vn.renluyen.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;
import vn.renluyen.base.Texts;

/**
 * A party organization. {@code path} holds the ids from the root down ("/1/4/9/") so that
 * "this organization and everything below it" is one indexed prefix query.
 */
@Entity
@Table(name = "organization")
public class Organization extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private OrganizationType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    @Column(nullable = false)
    private String path = "";

    /** Set when dissolved: the row stays because grants, contests and history may name it. */
    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    @Column(name = "dissolution_reason")
    private String dissolutionReason;

    protected Organization() {
    }

    Organization(String name, OrganizationType type, Organization parent) {
        this.name = validName(name);
        this.type = type;
        requireAllowedParent(parent);
        this.parent = parent;
    }

    void rename(String newName) {
        requireActive();
        this.name = validName(newName);
    }

    /**
     * Puts this organization under {@code newParent} and gives it its new path. The caller updates the
     * paths of everything below, which still start with the old one.
     */
    void moveUnder(Organization newParent) {
        requireActive();
        if (newParent != null && newParent.isWithin(this)) {
            throw new MemberProblem("organization.error.ownSubtree");
        }
        requireAllowedParent(newParent);
        this.parent = newParent;
        assignPath();
    }

    /** Emptiness (no child organizations, no member records) is checked by the service, which can count. */
    void dissolve(LocalDate on, String reason) {
        requireActive();
        if (Texts.isBlank(reason)) {
            throw new MemberProblem("organization.error.reasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw new MemberProblem("organization.error.reasonTooLong");
        }
        this.dissolvedOn = on;
        this.dissolutionReason = Texts.nfc(reason);
    }

    void requireActive() {
        if (isDissolved()) {
            throw new MemberProblem("organization.error.dissolved");
        }
    }

    private void requireAllowedParent(Organization newParent) {
        if (newParent == null ? !type.mayBeRoot() : !type.allowedParents().contains(newParent.getType())) {
            throw new MemberProblem("organization.error.wrongParent");
        }
        if (newParent != null) {
            newParent.requireActive();
        }
    }

    private static String validName(String name) {
        if (Texts.isBlank(name)) {
            throw new MemberProblem("organization.error.nameRequired");
        }
        String normalized = Texts.nfc(name);
        if (normalized.length() > 255) {
            throw new MemberProblem("organization.error.nameTooLong");
        }
        return normalized;
    }

    /** Called once the id is known. */
    void assignPath() {
        this.path = (parent == null ? "/" : parent.getPath()) + getId() + "/";
    }

    public String getName() {
        return name;
    }

    public OrganizationType getType() {
        return type;
    }

    public Organization getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public boolean isDissolved() {
        return getDissolvedOn() != null;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    public String getDissolutionReason() {
        return dissolutionReason;
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /**
     * Through the getters, never the other object's fields: the other may be a Hibernate proxy (a lazy
     * parent loaded earlier in the same transaction), whose own fields are never filled in.
     */
    public boolean isWithin(Organization ancestor) {
        return getPath().startsWith(ancestor.getPath());
    }
}
