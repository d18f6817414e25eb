package vn.renluyen.members;

/** A change to organizations or member records that the rules do not allow; the key names the message. */
public class MemberProblem extends RuntimeException implements vn.renluyen.base.UserFacingProblem {

    private final String messageKey;

    MemberProblem(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
