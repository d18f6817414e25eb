package vn.renluyen.publishing;

import vn.renluyen.base.UserFacingProblem;

/** A workflow step that is not allowed now; the key names the message. */
public class PublishingProblem extends RuntimeException implements UserFacingProblem {

    private final String messageKey;

    PublishingProblem(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
