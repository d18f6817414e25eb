package vn.renluyen.base;

/** What the current reader may do with the media of one record, as a {@link MediaAccessPolicy} decides. */
public enum MediaAccess {
    /** Anyone may read, logged in or not: delivered with long-lived public caching. */
    PUBLIC,
    /** This reader may read, not everyone: delivered with {@code Cache-Control: private, no-store}. */
    ALLOWED,
    /** Answered as if the media did not exist (404), so ids cannot be probed. */
    DENIED
}
