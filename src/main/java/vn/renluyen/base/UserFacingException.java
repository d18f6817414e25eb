package vn.renluyen.base;

/** Base of the features' "not allowed as asked" exceptions; the key names a translated message. */
public abstract class UserFacingException extends RuntimeException implements UserFacingProblem {

    private final String messageKey;

    protected UserFacingException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
