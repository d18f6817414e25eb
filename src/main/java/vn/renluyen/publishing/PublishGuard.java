package vn.renluyen.publishing;

/**
 * A feature's last word before one of its items goes public (a profile of a real member needs the
 * member's recorded consent). Throws a user-facing exception to refuse; must not write anything, so
 * that a refusal leaves the publishing transaction as it was.
 */
public interface PublishGuard {

    void beforePublish(EditorialItem item);
}
