package vn.renluyen.security;

/** A request about accounts that cannot be done as asked; the key names a translated message. */
public class AccountProblem extends RuntimeException implements vn.renluyen.base.UserFacingProblem {

    private final String messageKey;

    AccountProblem(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
