package vn.renluyen.admission;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import vn.renluyen.base.UserFacingException;

/** An admission step the rules do not allow; the key names a translated message. */
public class AdmissionProblem extends UserFacingException {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Object[] arguments;

    AdmissionProblem(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = Arrays.stream(arguments).map(a -> a instanceof LocalDate date ? DAY.format(date) : a).toArray();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
