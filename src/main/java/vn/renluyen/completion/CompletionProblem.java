package vn.renluyen.completion;

import vn.renluyen.base.UserFacingException;

/** A completion action that cannot be done as asked (a revocation without a reason, an unknown code). */
public class CompletionProblem extends UserFacingException {

    CompletionProblem(String messageKey) {
        super(messageKey);
    }
}
