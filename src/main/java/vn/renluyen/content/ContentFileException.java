package vn.renluyen.content;

/** A content file that cannot be imported: line and a translated reason (key + arguments). */
class ContentFileException extends RuntimeException {

    private final int line;
    private final String reasonKey;
    private final Object[] arguments;

    ContentFileException(int line, String reasonKey, Object... arguments) {
        super(reasonKey);
        this.line = line;
        this.reasonKey = reasonKey;
        this.arguments = arguments;
    }

    int line() {
        return line;
    }

    String reasonKey() {
        return reasonKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
