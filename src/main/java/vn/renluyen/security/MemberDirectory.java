package vn.renluyen.security;

import java.util.List;
import java.util.Optional;

/**
 * What security needs to know about organizations and member records without depending on the
 * members feature (which implements this interface).
 */
public interface MemberDirectory {

    /** The role that the member record's current status gives, if any (CANDIDATE or MEMBER). */
    Optional<Role> roleOf(long memberId);

    Optional<Long> organizationOf(long memberId);

    Optional<String> memberName(long memberId);

    /** True when {@code organizationId} is {@code ancestorId} or lies below it. */
    boolean isWithin(long organizationId, long ancestorId);

    Optional<String> organizationName(long organizationId);

    /** True for an organization that has been dissolved (giải thể); false for active and unknown ones. */
    boolean isDissolved(long organizationId);

    /** Every organization not dissolved, tree order, for choosing the scope of a SECRETARY grant. */
    List<OrganizationChoice> organizations();

    record OrganizationChoice(long id, String name, int depth) {
    }
}
