package vn.renluyen.quiz;

import vn.renluyen.base.UserFacingException;

/** A contest form that does not add up, or an entry the rules refuse (not eligible, round closed). */
public class ContestProblem extends UserFacingException {

    private final transient Object[] arguments;

    ContestProblem(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
