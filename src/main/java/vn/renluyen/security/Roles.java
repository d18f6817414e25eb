package vn.renluyen.security;

/** Role names for annotations such as {@code @RolesAllowed(Roles.ADMIN)}. */
public final class Roles {

    public static final String EDITOR = "EDITOR";
    public static final String PUBLISHER = "PUBLISHER";
    public static final String ADMIN = "ADMIN";
    public static final String SECRETARY = "SECRETARY";
    public static final String CANDIDATE = "CANDIDATE";
    public static final String MEMBER = "MEMBER";

    private Roles() {
    }
}
