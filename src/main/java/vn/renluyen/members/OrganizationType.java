package vn.renluyen.members;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Levels of party organization since the 2025 reorganization (no district level): central →
 * province → commune (xã, phường, đặc khu) party committee → grassroots (chi bộ cơ sở or đảng bộ
 * cơ sở, the latter with chi bộ and, where approved, đảng bộ bộ phận) → chi bộ → tổ đảng.
 */
public enum OrganizationType {
    CENTRAL,
    PROVINCE,
    COMMUNE,
    GRASSROOTS_COMMITTEE,
    GRASSROOTS_CELL,
    PARTIAL_COMMITTEE,
    CELL,
    GROUP;

    /** Which levels may stand directly above this one; empty means it is a root. */
    public Set<OrganizationType> allowedParents() {
        return switch (this) {
            case CENTRAL -> Set.of();
            case PROVINCE -> Set.of(CENTRAL);
            case COMMUNE -> Set.of(PROVINCE);
            case GRASSROOTS_COMMITTEE, GRASSROOTS_CELL -> Set.of(COMMUNE, PROVINCE);
            case PARTIAL_COMMITTEE -> Set.of(GRASSROOTS_COMMITTEE);
            case CELL -> Set.of(GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE);
            case GROUP -> Set.of(CELL, GRASSROOTS_CELL);
        };
    }

    /** The levels that may be created directly below this one (the inverse of {@link #allowedParents()}). */
    public List<OrganizationType> allowedChildren() {
        return Arrays.stream(values()).filter(t -> t.allowedParents().contains(this)).toList();
    }

    /** A province may be the top of a deployment's tree, without the central level above it. */
    public boolean mayBeRoot() {
        return this == CENTRAL || this == PROVINCE;
    }

    public String translationKey() {
        return "organization.type." + name().toLowerCase(Locale.ROOT);
    }
}
