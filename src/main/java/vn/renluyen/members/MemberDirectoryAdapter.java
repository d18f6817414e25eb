package vn.renluyen.members;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.security.MemberDirectory;
import vn.renluyen.security.Role;

/** Answers security's questions about members and organizations, without scope checks of its own. */
@Component
class MemberDirectoryAdapter implements MemberDirectory {

    private final MemberRepository members;
    private final OrganizationRepository organizations;

    MemberDirectoryAdapter(MemberRepository members, OrganizationRepository organizations) {
        this.members = members;
        this.organizations = organizations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Role> roleOf(long memberId) {
        return members.findById(memberId).filter(m -> !m.isTransferredOut()).flatMap(m -> m.getStatus().role());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> organizationOf(long memberId) {
        return members.findById(memberId).map(m -> m.getOrganization().getId());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> memberName(long memberId) {
        return members.findById(memberId).map(Member::getFullName);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isWithin(long organizationId, long ancestorId) {
        Optional<Organization> organization = organizations.findById(organizationId);
        Optional<Organization> ancestor = organizations.findById(ancestorId);
        return organization.isPresent() && ancestor.isPresent() && organization.get().isWithin(ancestor.get());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> organizationName(long organizationId) {
        return organizations.findById(organizationId).map(Organization::getName);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isDissolved(long organizationId) {
        return organizations.findById(organizationId).map(Organization::isDissolved).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganizationChoice> organizations() {
        return organizations.findByDissolvedOnIsNullOrderByPathAsc().stream()
                .map(o -> new OrganizationChoice(o.getId(), o.getName(), o.depth()))
                .toList();
    }
}
