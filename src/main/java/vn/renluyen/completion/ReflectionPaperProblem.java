package vn.renluyen.completion;

import vn.renluyen.base.UserFacingException;

/**
 * A reflection paper that cannot be submitted or reviewed as asked (too short, nothing attached, already
 * accepted, a return without a comment). The key names a translated message; the arguments fill its limits.
 */
public class ReflectionPaperProblem extends UserFacingException {

    private final transient Object[] arguments;

    ReflectionPaperProblem(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
