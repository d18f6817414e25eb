package vn.renluyen.quiz;

/** What an attempt is for: a lesson's quiz or a contest round. Stored as its {@link #key()}. */
public record QuizSubject(Kind kind, long id) {

    public enum Kind {
        LESSON, CONTEST_ROUND
    }

    public static QuizSubject lesson(long moduleId) {
        return new QuizSubject(Kind.LESSON, moduleId);
    }

    public static QuizSubject contestRound(long roundId) {
        return new QuizSubject(Kind.CONTEST_ROUND, roundId);
    }

    public String key() {
        return (kind == Kind.LESSON ? "lesson:" : "round:") + id;
    }

    public static QuizSubject parse(String key) {
        int colon = key.indexOf(':');
        long id = Long.parseLong(key.substring(colon + 1));
        return key.startsWith("lesson:") ? lesson(id) : contestRound(id);
    }
}
