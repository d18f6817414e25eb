package vn.renluyen.members;

import org.springframework.stereotype.Component;
import vn.renluyen.security.CurrentUser;

/**
 * Whether the current user's SECRETARY grants cover an organization: who may read and write the sensitive
 * part of its members' records in bulk (Nghị định 13/2023/NĐ-CP). ADMIN alone does not.
 */
@Component
class SecretaryChain {

    private final CurrentUser currentUser;
    private final OrganizationRepository organizations;

    SecretaryChain(CurrentUser currentUser, OrganizationRepository organizations) {
        this.currentUser = currentUser;
        this.organizations = organizations;
    }

    boolean covers(Organization organization) {
        return currentUser.get().map(user -> user.secretaryOf().stream()
                        .flatMap(scope -> organizations.findById(scope).stream())
                        .anyMatch(organization::isWithin))
                .orElse(false);
    }
}
