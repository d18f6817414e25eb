package vn.renluyen.quiz;

import vn.renluyen.base.UserFacingException;

/** A quiz file that breaks the rules; the key names a translated reason, arguments fill it in. */
public class QuizFileException extends UserFacingException {

    private final transient Object[] arguments;

    QuizFileException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    public Object[] arguments() {
        return arguments;
    }
}
