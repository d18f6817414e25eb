package vn.renluyen.security;

import vn.renluyen.base.UserFacingException;

/** A request about accounts that cannot be done as asked. */
public class AccountProblem extends UserFacingException {

    AccountProblem(String messageKey) {
        super(messageKey);
    }
}
