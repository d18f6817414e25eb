package vn.renluyen.base;

/** An exception whose message the user should read: it names a key in the translation bundles. */
public interface UserFacingProblem {

    String messageKey();
}
