package vn.renluyen.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** One question after grading: what was chosen, what was right, the credit and the explanation. */
public record AttemptReview(String questionId, QuizDefinition.QuestionType type, String text,
        List<ReviewedOption> options, double credit, String explanation) {

    public record ReviewedOption(String id, String text, boolean correct, boolean chosen) {
    }

    static List<AttemptReview> of(Paper paper, Map<String, Set<String>> answers, boolean partialCredit) {
        Grader.Score score = Grader.grade(paper, answers, partialCredit);
        return paper.questions().stream().map(q -> {
            Set<String> chosen = answers.getOrDefault(q.id(), Set.of());
            double credit = score.questions().stream().filter(s -> s.questionId().equals(q.id()))
                    .mapToDouble(Grader.QuestionScore::credit).findFirst().orElse(0);
            return new AttemptReview(q.id(), q.type(), q.text(), q.options().stream()
                    .map(o -> new ReviewedOption(o.id(), o.text(), o.correct(), chosen.contains(o.id()))).toList(),
                    credit, q.explanation());
        }).toList();
    }
}
