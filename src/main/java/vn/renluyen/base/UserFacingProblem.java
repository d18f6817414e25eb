package vn.renluyen.base;

/** An exception whose message the user should read: it names a key in the translation bundles. */
public interface UserFacingProblem {

    String messageKey();

    /** What fills the message's {0}, {1}…; most messages have none. */
    default Object[] arguments() {
        return new Object[0];
    }
}
