package vn.renluyen.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;
import vn.renluyen.security.Role;

/**
 * The organization tree. ADMIN anywhere. A SECRETARY creates organizations inside their grant's subtree, but
 * renames, moves and dissolves only those strictly below the grant's organization: the organization they
 * lead is renamed, moved or dissolved by a decision of the level above, so that stays with the level above
 * (its secretary or an ADMIN). Dissolved organizations stay as rows, hidden from every list.
 */
@Service
public class OrganizationService {

    static final String AUDIT_TYPE = "organization";

    private final OrganizationRepository organizations;
    private final SubtreePaths subtreePaths;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, SubtreePaths subtreePaths, AccountService accounts,
            CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.organizations = organizations;
        this.subtreePaths = subtreePaths;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Organization create(String name, OrganizationType type, Long parentId) {
        Organization parent = null;
        if (parentId == null) {
            currentUser.requireRole(Role.ADMIN);
        } else {
            currentUser.requireOrganization(parentId);
            parent = find(parentId);
        }
        Organization organization = organizations.save(new Organization(name, type, parent));
        organization.assignPath();
        auditLog.record("organization.created", AUDIT_TYPE, organization.getId(), null,
                organization.getName() + " (" + type + ")");
        return organization;
    }

    @Transactional
    public Organization rename(long id, String name) {
        Organization organization = changeable(id);
        String before = organization.getName();
        organization.rename(name);
        auditLog.record("organization.renamed", AUDIT_TYPE, id, before, organization.getName());
        return organization;
    }

    /**
     * Chuyển trực thuộc: under a parent of an allowed level that the user manages (to the top only for
     * ADMIN), never into its own subtree. Every path below is rewritten and its members reindexed.
     */
    @Transactional
    public Organization move(long id, Long newParentId) {
        Organization organization = changeable(id);
        Organization parent = null;
        if (newParentId == null) {
            currentUser.requireRole(Role.ADMIN);
        } else {
            currentUser.requireOrganization(newParentId);
            parent = find(newParentId);
        }
        subtreePaths.lockForMove(organization, parent);
        Organization oldParent = organization.getParent();
        if (Objects.equals(oldParent == null ? null : oldParent.getId(), newParentId)) {
            return organization;
        }
        String before = placeOf(oldParent, organization.getPath());
        String oldPath = organization.getPath();
        organization.moveUnder(parent);
        String after = placeOf(parent, organization.getPath());
        subtreePaths.moved(oldPath, organization.getPath());
        auditLog.record("organization.moved", AUDIT_TYPE, id, before, after);
        return find(id);
    }

    /**
     * Giải thể: only an empty organization, with no child organization left and no member record of any
     * status (records keep their organization's history). The SECRETARY grants naming it are revoked.
     */
    @Transactional
    public void dissolve(long id, String reason) {
        Organization organization = changeable(id);
        if (organizations.existsByParentIdAndDissolvedOnIsNull(id)) {
            throw new MemberProblem("organization.error.hasChildren");
        }
        if (organizations.hasMemberRecordsBelow(organization.getPath())) {
            throw new MemberProblem("organization.error.hasMembers");
        }
        LocalDate today = LocalDate.now(clock);
        organization.dissolve(today, reason);
        accounts.revokeSecretaryGrantsOf(id);
        auditLog.record("organization.dissolved", AUDIT_TYPE, id, organization.getName(),
                "giải thể ngày " + today + ": " + organization.getDissolutionReason());
    }

    /** The organizations the current user may manage, in tree order, without dissolved ones. */
    @Transactional(readOnly = true)
    public List<Organization> manageable() {
        PortalUser user = currentUser.require();
        if (user.has(Role.ADMIN)) {
            return organizations.findByDissolvedOnIsNullOrderByPathAsc();
        }
        return user.secretaryOf().stream()
                .flatMap(id -> organizations.findById(id).stream())
                .flatMap(scope -> organizations.findByPathStartingWithAndDissolvedOnIsNullOrderByPathAsc(
                        scope.getPath()).stream())
                .distinct()
                .toList();
    }

    /** Where {@code id} could be moved: manageable organizations of an allowed level outside its subtree. */
    @Transactional(readOnly = true)
    public List<Organization> possibleParents(long id) {
        Organization organization = changeable(id);
        Long parentId = organization.getParent() == null ? null : organization.getParent().getId();
        return manageable().stream()
                .filter(o -> organization.getType().allowedParents().contains(o.getType()))
                .filter(o -> !o.isWithin(organization) && !o.getId().equals(parentId))
                .toList();
    }

    /** Whether the current user may rename, move or dissolve this organization (see the class comment). */
    @Transactional(readOnly = true)
    public boolean mayChange(Organization organization) {
        PortalUser user = currentUser.get().orElse(null);
        if (user == null || organization.isDissolved()) {
            return false;
        }
        return user.has(Role.ADMIN) || user.secretaryOf().stream()
                .filter(scope -> !scope.equals(organization.getId()))
                .flatMap(scope -> organizations.findById(scope).stream())
                .anyMatch(organization::isWithin);
    }

    @Transactional(readOnly = true)
    public Organization get(long id) {
        if (!currentUser.mayManageOrganization(id)) {
            throw new AccessDeniedException("Organization " + id + " is outside the user's scope");
        }
        return find(id);
    }

    /** Scope first, so a secretary learns nothing about ids outside their subtree. */
    private Organization changeable(long id) {
        currentUser.requireOrganization(id);
        Organization organization = find(id);
        organization.requireActive();
        if (!mayChange(organization)) {
            throw new AccessDeniedException("Organization " + id + " is the secretary's own grant");
        }
        return organization;
    }

    private Organization find(long id) {
        return organizations.findById(id).orElseThrow(() -> new MemberProblem("organization.error.notFound"));
    }

    private static String placeOf(Organization parent, String path) {
        return (parent == null ? "—" : parent.getName()) + " " + path;
    }

    /**
     * The competent level for a group's acts (committee resolutions, admission decisions, rating decisions):
     * the secretary chain of the organization above it, or ADMIN for an organization at the top.
     */
    public boolean mayActAbove(Organization group) {
        Organization above = group.getParent();
        return above == null ? currentUser.has(Role.ADMIN) : currentUser.mayManageOrganization(above.getId());
    }
}
