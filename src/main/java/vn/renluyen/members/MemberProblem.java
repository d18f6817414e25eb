package vn.renluyen.members;

import vn.renluyen.base.UserFacingException;

/** A change to organizations or member records that the rules do not allow. */
public class MemberProblem extends UserFacingException {

    /** Dates in messages read as on Vietnamese documents. */
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Object[] arguments;

    MemberProblem(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = java.util.Arrays.stream(arguments)
                .map(a -> a instanceof java.time.LocalDate date ? DAY.format(date) : a).toArray();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
