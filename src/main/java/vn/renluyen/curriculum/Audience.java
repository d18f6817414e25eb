package vn.renluyen.curriculum;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who a course is for, as written in course.md (`audience:`). */
public enum Audience {
    CANDIDATE("candidate"), NEW_MEMBER("new-member"), MEMBER("member");

    private final String code;

    Audience(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Audience> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    public String translationKey() {
        return "curriculum.audience." + name().toLowerCase(Locale.ROOT);
    }
}
