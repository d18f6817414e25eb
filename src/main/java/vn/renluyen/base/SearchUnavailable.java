package vn.renluyen.base;

/**
 * The search index cannot be read or written (failing storage): pages are still served, search answers with a
 * message instead of results. Thrown by the features that query the index.
 */
public class SearchUnavailable extends UserFacingException {

    public SearchUnavailable(Throwable cause) {
        super("search.unavailable");
        initCause(cause);
    }
}
