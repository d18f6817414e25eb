package vn.renluyen.publishing;

import vn.renluyen.base.UserFacingException;

/** A workflow step that is not allowed now. */
public class PublishingProblem extends UserFacingException {

    PublishingProblem(String messageKey) {
        super(messageKey);
    }
}
