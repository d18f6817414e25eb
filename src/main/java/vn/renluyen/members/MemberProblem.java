package vn.renluyen.members;

import vn.renluyen.base.UserFacingException;

/** A change to organizations or member records that the rules do not allow. */
public class MemberProblem extends UserFacingException {

    MemberProblem(String messageKey) {
        super(messageKey);
    }
}
