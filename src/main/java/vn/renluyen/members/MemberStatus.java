package vn.renluyen.members;

import java.util.Locale;
import java.util.Optional;
import vn.renluyen.security.Role;

/** Statuses of a member record (DESIGN.md glossary). */
public enum MemberStatus {
    CANDIDATE, PROBATIONARY, OFFICIAL, EXEMPT, SUSPENDED, REMOVED;

    /** The role the status gives its account: candidates study the awareness course, members the rest. */
    public Optional<Role> role() {
        return switch (this) {
            case CANDIDATE -> Optional.of(Role.CANDIDATE);
            case PROBATIONARY, OFFICIAL, EXEMPT -> Optional.of(Role.MEMBER);
            case SUSPENDED, REMOVED -> Optional.empty();
        };
    }

    public String translationKey() {
        return "member.status." + name().toLowerCase(Locale.ROOT);
    }
}
