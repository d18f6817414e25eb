package vn.renluyen.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.renluyen.quiz.Paper.PaperOption;
import vn.renluyen.quiz.Paper.PaperQuestion;
import vn.renluyen.quiz.QuizDefinition.Option;
import vn.renluyen.quiz.QuizDefinition.Question;
import vn.renluyen.quiz.QuizDefinition.QuestionType;

class GraderTest {

    private static final PaperQuestion SINGLE = new PaperQuestion("s", QuestionType.SINGLE, "Một đáp án",
            List.of(new PaperOption("a", "A", false), new PaperOption("b", "B", true), new PaperOption("c", "C", false)),
            "Giải thích");
    private static final PaperQuestion TRUE_FALSE = new PaperQuestion("t", QuestionType.TRUE_FALSE, "Đúng hay sai",
            List.of(new PaperOption("dung", "Đúng", true), new PaperOption("sai", "Sai", false)), "Giải thích");
    private static final PaperQuestion MULTIPLE = new PaperQuestion("m", QuestionType.MULTIPLE, "Nhiều đáp án",
            List.of(new PaperOption("a", "A", true), new PaperOption("b", "B", true), new PaperOption("c", "C", true),
                    new PaperOption("d", "D", false)), "Giải thích");
    private static final Paper PAPER = new Paper(List.of(SINGLE, TRUE_FALSE, MULTIPLE));

    @Test
    void singleAndTrueFalseNeedTheOneCorrectOption() {
        assertThat(Grader.grade(PAPER, Map.of("s", Set.of("b"), "t", Set.of("dung")), false).points()).isEqualTo(2);
        assertThat(Grader.grade(PAPER, Map.of("s", Set.of("a"), "t", Set.of("sai")), true).points()).isZero();
    }

    @Test
    void multipleIsAllOrNothingWithoutPartialCredit() {
        assertThat(Grader.grade(PAPER, Map.of("m", Set.of("a", "b", "c")), false).points()).isEqualTo(1);
        assertThat(Grader.grade(PAPER, Map.of("m", Set.of("a", "b")), false).points()).isZero();
        assertThat(Grader.grade(PAPER, Map.of("m", Set.of("a", "b", "c", "d")), false).points()).isZero();
    }

    @Test
    void partialCreditSubtractsWrongPicksAndNeverGoesBelowZero() {
        assertThat(Grader.grade(PAPER, Map.of("m", Set.of("a", "b")), true).points()).isEqualTo(2 / 3.0);
        assertThat(Grader.grade(PAPER, Map.of("m", Set.of("a", "b", "d")), true).points()).isEqualTo(1 / 3.0);
        assertThat(Grader.grade(PAPER, Map.of("m", Set.of("a", "b", "c", "d")), true).points()).isEqualTo(2 / 3.0);
        assertThat(Grader.grade(PAPER, Map.of("m", Set.of("d")), true).points()).isZero();
    }

    @Test
    void percentIsOfTheDrawnQuestions() {
        Grader.Score score = Grader.grade(PAPER, Map.of("s", Set.of("b"), "t", Set.of("dung")), false);
        assertThat(score.maxPoints()).isEqualTo(3);
        assertThat(score.percent()).isEqualTo(66.67);
    }

    @Test
    void unknownQuestionsAndOptionsAreDroppedAndASingleChoiceKeepsOnePick() {
        Map<String, Set<String>> kept = PAPER.keepKnown(Map.of("s", Set.of("a", "b"), "t", Set.of("dung", "x"),
                "m", Set.of("a", "zz"), "forged", Set.of("a")));
        assertThat(kept).containsOnlyKeys("t", "m");
        assertThat(kept.get("t")).containsExactly("dung");
        assertThat(kept.get("m")).containsExactly("a");
    }

    @Test
    void aDrawTakesTheAskedNumberOfDistinctQuestionsAndHidesTheAnswers() {
        List<Question> pool = java.util.stream.IntStream.rangeClosed(1, 14).mapToObj(i -> new Question("q" + i,
                QuestionType.SINGLE, "Câu " + i, List.of(new Option("a", "A", true), new Option("b", "B", false),
                        new Option("c", "C", false), new Option("d", "D", false)), "Vì")).toList();
        Paper paper = PaperDraw.draw(pool, 10, new Random(7));
        assertThat(paper.questions()).hasSize(10).extracting(PaperQuestion::id).doesNotHaveDuplicates();
        assertThat(paper.shown().toString()).doesNotContain("correct");
        boolean someShuffled = java.util.stream.IntStream.range(0, 20)
                .mapToObj(seed -> PaperDraw.draw(pool, 10, new Random(seed)))
                .flatMap(p -> p.questions().stream())
                .anyMatch(q -> !q.options().getFirst().id().equals("a"));
        assertThat(someShuffled).isTrue();
    }

    @Test
    void trueFalseKeepsItsWrittenOrder() {
        Question tf = new Question("t", QuestionType.TRUE_FALSE, "?", List.of(new Option("dung", "Đúng", true),
                new Option("sai", "Sai", false)), "Vì");
        for (int seed = 0; seed < 20; seed++) {
            assertThat(PaperDraw.draw(List.of(tf), 1, new Random(seed)).questions().getFirst().options().getFirst().id())
                    .isEqualTo("dung");
        }
    }

    @Test
    void aPaperSurvivesItsJsonRoundTrip() {
        assertThat(PaperCodec.paper(PaperCodec.write(PAPER))).isEqualTo(PAPER);
        Map<String, Set<String>> answers = Map.of("m", Set.of("a", "b"));
        assertThat(PaperCodec.answers(PaperCodec.write(answers))).isEqualTo(answers);
    }
}
