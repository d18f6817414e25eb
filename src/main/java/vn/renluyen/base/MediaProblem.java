package vn.renluyen.base;

/**
 * An upload that was refused (nothing of it was stored) or could not be stored. The key names a
 * translated message ({@code media.error.*}); the arguments fill in its limits.
 */
public class MediaProblem extends UserFacingException {

    private final transient Object[] arguments;

    MediaProblem(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    MediaProblem(String messageKey, Throwable cause) {
        this(messageKey);
        initCause(cause);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
