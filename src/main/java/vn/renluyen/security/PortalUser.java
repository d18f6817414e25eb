package vn.renluyen.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in person as Spring Security holds them. Grants are read at login. */
public class PortalUser extends User {

    private final long accountId;
    private final Long memberId;
    private final String displayName;
    private final Set<Role> roles;
    private final List<Long> secretaryOf;

    PortalUser(Account account, Set<Role> roles, List<Long> secretaryOf) {
        this(account.getId(), account.getUsername(), account.getPasswordHash(), account.isEnabled(),
                account.getMemberId(), account.getDisplayName(), roles, secretaryOf);
    }

    private PortalUser(long accountId, String username, String passwordHash, boolean enabled, Long memberId,
            String displayName, Set<Role> roles, List<Long> secretaryOf) {
        super(username, passwordHash, enabled, true, true, true, authorities(roles));
        this.accountId = accountId;
        this.memberId = memberId;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.secretaryOf = List.copyOf(secretaryOf);
    }

    /** The portal itself, for start-up work; it cannot log in (no password, disabled). */
    static PortalUser system() {
        return new PortalUser(0, "system", "{noop}-", false, null, "RènLuyện", Set.of(Role.ADMIN), List.of());
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    public long accountId() {
        return accountId;
    }

    public Long memberId() {
        return memberId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Organizations named by this person's SECRETARY grants. */
    public List<Long> secretaryOf() {
        return secretaryOf;
    }
}
