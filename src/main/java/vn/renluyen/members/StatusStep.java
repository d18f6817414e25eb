package vn.renluyen.members;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of status change a secretary records, each with the statuses it may start from. A reversible
 * step (ending an exemption, lifting a suspension) returns to the status held before; the rest name
 * their target. {@code RECORDED} marks entries written before steps had kinds.
 */
public enum StatusStep {
    REGISTERED(Set.of(), null),
    ADMITTED(Set.of(MemberStatus.CANDIDATE), MemberStatus.PROBATIONARY),
    RECOGNIZED(Set.of(MemberStatus.PROBATIONARY), MemberStatus.OFFICIAL),
    EXEMPTED(Set.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL), MemberStatus.EXEMPT),
    EXEMPTION_ENDED(Set.of(MemberStatus.EXEMPT), null),
    SUSPENDED(Set.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPT), MemberStatus.SUSPENDED),
    REINSTATED(Set.of(MemberStatus.SUSPENDED), null),
    REMOVED(Set.of(MemberStatus.CANDIDATE, MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPT,
            MemberStatus.SUSPENDED), MemberStatus.REMOVED),
    RECORDED(Set.of(), null);

    private final Set<MemberStatus> from;
    private final MemberStatus to;

    StatusStep(Set<MemberStatus> from, MemberStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean startsFrom(MemberStatus status) {
        return from.contains(status);
    }

    /** Empty for the steps that go back to the status held before. */
    Optional<MemberStatus> target() {
        return Optional.ofNullable(to);
    }

    /** The step a reversing step undoes. */
    Optional<StatusStep> undoes() {
        return switch (this) {
            case EXEMPTION_ENDED -> Optional.of(EXEMPTED);
            case REINSTATED -> Optional.of(SUSPENDED);
            default -> Optional.empty();
        };
    }

    public String translationKey() {
        return "member.step." + name().toLowerCase(Locale.ROOT);
    }
}
