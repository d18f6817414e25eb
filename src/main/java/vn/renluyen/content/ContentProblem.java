package vn.renluyen.content;

/** One thing wrong with one file: where (path relative to the content folder, line) and why. */
public record ContentProblem(String path, int line, Severity severity, String reasonKey, Object[] arguments) {

    public enum Severity {
        /** The file was not imported. */
        ERROR,
        /** The file was imported after a correction (e.g. text normalised to NFC). */
        WARNING
    }

    @Override
    public String toString() {
        return path + ":" + line + " " + severity + " " + reasonKey;
    }
}
