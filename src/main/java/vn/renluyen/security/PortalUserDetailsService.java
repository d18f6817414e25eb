package vn.renluyen.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.renluyen.base.ReadOnPrimary;

/** Loads accounts; CANDIDATE or MEMBER comes from the linked member record, not from a grant. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final MemberDirectory members;

    PortalUserDetailsService(AccountRepository accounts, MemberDirectory members) {
        this.accounts = accounts;
        this.members = members;
    }

    @Override
    @ReadOnPrimary
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(Account.normalizeUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        account.getGrants().forEach(g -> roles.add(g.getRole()));
        if (account.getMemberId() != null) {
            members.roleOf(account.getMemberId()).ifPresent(roles::add);
        }
        List<Long> secretaryOf = account.getGrants().stream()
                .filter(g -> g.getRole() == Role.SECRETARY)
                .map(Grant::getOrganizationId)
                .toList();
        return new PortalUser(account, roles, secretaryOf);
    }
}
