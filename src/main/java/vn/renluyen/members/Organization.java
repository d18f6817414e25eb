package vn.renluyen.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
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

    protected Organization() {
    }

    Organization(String name, OrganizationType type, Organization parent) {
        if (Texts.isBlank(name)) {
            throw new MemberProblem("organization.error.nameRequired");
        }
        if (parent == null ? !type.mayBeRoot() : !type.allowedParents().contains(parent.getType())) {
            throw new MemberProblem("organization.error.wrongParent");
        }
        this.name = Texts.nfc(name);
        this.type = type;
        this.parent = parent;
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
