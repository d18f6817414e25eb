package vn.renluyen.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.renluyen.quiz.QuizDefinition.QuestionType;

/**
 * Scores a paper. Single and true/false: the one correct option. Multiple: all-or-nothing, or with
 * partial credit (right picks minus wrong picks over the number of right options, never below zero),
 * so ticking every box never earns anything.
 */
final class Grader {

    private Grader() {
    }

    static Score grade(Paper paper, Map<String, Set<String>> answers, boolean partialCredit) {
        List<QuestionScore> scores = paper.questions().stream()
                .map(q -> new QuestionScore(q.id(), credit(q, answers.getOrDefault(q.id(), Set.of()), partialCredit)))
                .toList();
        double points = scores.stream().mapToDouble(QuestionScore::credit).sum();
        return new Score(points, paper.questions().size(), scores);
    }

    private static double credit(Paper.PaperQuestion q, Set<String> chosen, boolean partialCredit) {
        Set<String> correct = q.correctIds();
        if (chosen.equals(correct)) {
            return 1;
        }
        if (q.type() != QuestionType.MULTIPLE || !partialCredit || chosen.isEmpty()) {
            return 0;
        }
        long right = chosen.stream().filter(correct::contains).count();
        long wrong = chosen.size() - right;
        return Math.max(0, (right - wrong) / (double) correct.size());
    }

    record QuestionScore(String questionId, double credit) {
    }

    record Score(double points, int maxPoints, List<QuestionScore> questions) {

        double percent() {
            return maxPoints == 0 ? 0 : Math.round(10000.0 * points / maxPoints) / 100.0;
        }
    }
}
