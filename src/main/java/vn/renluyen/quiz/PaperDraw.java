package vn.renluyen.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.renluyen.quiz.QuizDefinition.Question;
import vn.renluyen.quiz.QuizDefinition.QuestionType;

/** Draws an attempt's questions at random and shuffles each question's options for this attempt. */
final class PaperDraw {

    private PaperDraw() {
    }

    static Paper draw(List<Question> pool, int count, Random random) {
        List<Question> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        return new Paper(shuffled.subList(0, Math.min(count, shuffled.size())).stream()
                .map(q -> new Paper.PaperQuestion(q.id(), q.type(), q.text(), options(q, random), q.explanation()))
                .toList());
    }

    /** "Đúng / Sai" keeps its written order: swapping it only confuses. */
    private static List<Paper.PaperOption> options(Question q, Random random) {
        List<Paper.PaperOption> options = new ArrayList<>(q.options().stream()
                .map(o -> new Paper.PaperOption(o.id(), o.text(), o.correct())).toList());
        if (q.type() != QuestionType.TRUE_FALSE) {
            Collections.shuffle(options, random);
        }
        return List.copyOf(options);
    }
}
