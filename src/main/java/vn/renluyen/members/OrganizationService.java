package vn.renluyen.members;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;
import vn.renluyen.security.Role;

/** The organization tree. ADMIN anywhere; a SECRETARY only inside their subtree. */
@Service
public class OrganizationService {

    static final String AUDIT_TYPE = "organization";

    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    OrganizationService(OrganizationRepository organizations, CurrentUser currentUser, AuditLog auditLog) {
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Transactional
    public Organization create(String name, OrganizationType type, Long parentId) {
        Organization parent = null;
        if (parentId == null) {
            currentUser.requireRole(Role.ADMIN);
        } else {
            currentUser.requireOrganization(parentId);
            parent = organizations.findById(parentId).orElseThrow(() -> new MemberProblem("organization.error.notFound"));
        }
        Organization organization = organizations.save(new Organization(name, type, parent));
        organization.assignPath();
        auditLog.record("organization.created", AUDIT_TYPE, organization.getId(), null,
                organization.getName() + " (" + type + ")");
        return organization;
    }

    /** The organizations the current user may manage, in tree order. */
    @Transactional(readOnly = true)
    public List<Organization> manageable() {
        PortalUser user = currentUser.require();
        if (user.has(Role.ADMIN)) {
            return organizations.findAllByOrderByPathAsc();
        }
        return user.secretaryOf().stream()
                .flatMap(id -> organizations.findById(id).stream())
                .flatMap(scope -> organizations.findByPathStartingWithOrderByPathAsc(scope.getPath()).stream())
                .distinct()
                .toList();
    }

    @Transactional(readOnly = true)
    public Organization get(long id) {
        if (!currentUser.mayManageOrganization(id)) {
            throw new AccessDeniedException("Organization " + id + " is outside the user's scope");
        }
        return organizations.findById(id).orElseThrow(() -> new MemberProblem("organization.error.notFound"));
    }
}
