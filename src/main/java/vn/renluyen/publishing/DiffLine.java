package vn.renluyen.publishing;

/** One line of a comparison between two revisions. */
public record DiffLine(Kind kind, String text) {

    public enum Kind {
        SAME, ADDED, REMOVED
    }
}
