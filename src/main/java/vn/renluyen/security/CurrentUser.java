package vn.renluyen.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, and the server-side scope checks every service runs before touching a record. */
@Component
public class CurrentUser {

    private final MemberDirectory members;

    CurrentUser(MemberDirectory members) {
        this.members = members;
    }

    public Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    public boolean has(Role role) {
        return get().map(u -> u.has(role)).orElse(false);
    }

    /** ADMIN anywhere; a SECRETARY inside the subtree of one of their grants. */
    public boolean mayManageOrganization(long organizationId) {
        return get().map(user -> user.has(Role.ADMIN)
                || user.secretaryOf().stream().anyMatch(scope -> members.isWithin(organizationId, scope)))
                .orElse(false);
    }

    /** The member record is the current user's own. */
    public boolean isSelf(long memberId) {
        return get().map(user -> user.memberId() != null && user.memberId() == memberId).orElse(false);
    }

    /**
     * A SECRETARY grant covers the member's organization: the chain that may see sensitive personal data
     * in clear (ADMIN alone does not).
     */
    public boolean inSecretaryChainOf(long memberId) {
        return get().map(user -> members.organizationOf(memberId)
                        .map(org -> user.secretaryOf().stream().anyMatch(scope -> members.isWithin(org, scope)))
                        .orElse(false))
                .orElse(false);
    }

    public boolean mayManageMember(long memberId) {
        return members.organizationOf(memberId).map(this::mayManageOrganization).orElse(false);
    }

    public void requireOrganization(long organizationId) {
        if (!mayManageOrganization(organizationId)) {
            throw new AccessDeniedException("Organization " + organizationId + " is outside the user's scope");
        }
    }

    public void requireMember(long memberId) {
        if (!mayManageMember(memberId)) {
            throw new AccessDeniedException("Member " + memberId + " is outside the user's scope");
        }
    }

    public void requireRole(Role role) {
        if (!has(role)) {
            throw new AccessDeniedException("Requires " + role);
        }
    }
}
