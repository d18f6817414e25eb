package vn.renluyen.quiz;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.renluyen.security.MemberDirectory;
import vn.renluyen.security.PortalUser;
import vn.renluyen.security.Role;

/**
 * Who may enter a contest: a logged-in member or candidate, by the member record's status now (not the
 * roles read at login, which a suspension since then would not have changed), inside one of the
 * contest's organizations when it names any.
 */
@Component
class Eligibility {

    private final MemberDirectory directory;

    Eligibility(MemberDirectory directory) {
        this.directory = directory;
    }

    /** Empty when the user may enter, else the key of the message that says why not. */
    Optional<String> refusal(Contest contest, PortalUser user) {
        if (user.memberId() == null) {
            return Optional.of("contest.enter.noMember");
        }
        Optional<Role> role = directory.roleOf(user.memberId());
        if (role.isEmpty() || !(role.get() == Role.MEMBER || role.get() == Role.CANDIDATE)) {
            return Optional.of("contest.enter.notActive");
        }
        if (contest.getOrganizations().isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> organization = directory.organizationOf(user.memberId());
        boolean inside = organization.isPresent() && contest.getOrganizations().stream()
                .anyMatch(allowed -> directory.isWithin(organization.get(), allowed));
        return inside ? Optional.empty() : Optional.of("contest.enter.otherOrganization");
    }

    void require(Contest contest, PortalUser user) {
        refusal(contest, user).ifPresent(key -> {
            throw new ContestProblem(key);
        });
    }
}
