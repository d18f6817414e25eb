package vn.renluyen.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.util.Objects;
import vn.renluyen.base.AbstractEntity;

/** One granted role; a SECRETARY grant covers its organization and everything below it. */
@Entity
@Table(name = "account_grant")
public class Grant extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Role role;

    @Column(name = "organization_id")
    private Long organizationId;

    protected Grant() {
    }

    Grant(Account account, Role role, Long organizationId) {
        this.account = account;
        this.role = role;
        this.organizationId = organizationId;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Grant g && g.role == role && Objects.equals(g.organizationId, organizationId)
                && g.account == account;
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, organizationId);
    }

    @Override
    public String toString() {
        return organizationId == null ? role.name() : role.name() + "@" + organizationId;
    }
}
