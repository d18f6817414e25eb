package vn.renluyen.security;

/**
 * What a person may do. EDITOR, PUBLISHER, ADMIN and SECRETARY are granted; CANDIDATE and MEMBER
 * follow the status of the linked member record and are never granted.
 */
public enum Role {
    EDITOR(true), PUBLISHER(true), ADMIN(true), SECRETARY(true), CANDIDATE(false), MEMBER(false);

    private final boolean grantable;

    Role(boolean grantable) {
        this.grantable = grantable;
    }

    public boolean grantable() {
        return grantable;
    }

    /** Spring Security authority name, as used by {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String translationKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
