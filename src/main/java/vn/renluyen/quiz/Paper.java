package vn.renluyen.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.renluyen.quiz.QuizDefinition.QuestionType;

/**
 * The questions one attempt drew, options in the order this learner sees them. It holds the correct
 * answers, so it stays on the server; learners get {@link #shown()}.
 */
public record Paper(List<PaperQuestion> questions) {

    public record PaperQuestion(String id, QuestionType type, String text, List<PaperOption> options,
            String explanation) {

        Set<String> correctIds() {
            return Set.copyOf(options.stream().filter(PaperOption::correct).map(PaperOption::id).toList());
        }
    }

    public record PaperOption(String id, String text, boolean correct) {
    }

    /** What the page may hold before submission: texts and option ids, never which one is right. */
    public List<ShownQuestion> shown() {
        return questions.stream().map(q -> new ShownQuestion(q.id(), q.type(), q.text(),
                q.options().stream().map(o -> new ShownOption(o.id(), o.text())).toList())).toList();
    }

    public record ShownQuestion(String id, QuestionType type, String text, List<ShownOption> options) {
    }

    public record ShownOption(String id, String text) {
    }

    /** Only ids of drawn questions and their options survive: anything else a client sends is ignored. */
    boolean asks(String questionId) {
        return questions.stream().anyMatch(q -> q.id().equals(questionId));
    }

    Map<String, Set<String>> keepKnown(Map<String, Set<String>> answers) {
        Map<String, Set<String>> kept = new java.util.LinkedHashMap<>();
        for (PaperQuestion q : questions) {
            Set<String> chosen = answers.get(q.id());
            if (chosen == null) {
                continue;
            }
            Set<String> known = Set.copyOf(q.options().stream().map(PaperOption::id).filter(chosen::contains).toList());
            if (!known.isEmpty()) {
                kept.put(q.id(), q.type() == QuestionType.MULTIPLE || known.size() == 1 ? known : Set.of());
            }
        }
        kept.values().removeIf(Set::isEmpty);
        return kept;
    }
}
