package vn.renluyen.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import vn.renluyen.base.Texts;
import vn.renluyen.quiz.QuizDefinition.Grading;
import vn.renluyen.quiz.QuizDefinition.Option;
import vn.renluyen.quiz.QuizDefinition.Question;
import vn.renluyen.quiz.QuizDefinition.QuestionType;
import vn.renluyen.quiz.QuizDefinition.Review;

/**
 * Reads and checks a quiz file completely: a bank that would mislead learners (no correct answer,
 * two correct answers to a single-choice question, more questions drawn than exist) is refused.
 */
public final class QuizParser {

    private QuizParser() {
    }

    @SuppressWarnings("unchecked")
    public static QuizDefinition parse(String yaml) {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml == null ? "" : yaml);
        } catch (MarkedYAMLException e) {
            throw new QuizFileException("quiz.problem.brokenYaml",
                    e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1);
        } catch (YAMLException e) {
            throw new QuizFileException("quiz.problem.brokenYaml", 1);
        }
        if (!(loaded instanceof Map<?, ?> root)) {
            throw new QuizFileException("quiz.problem.notMap");
        }
        Map<String, Object> keys = (Map<String, Object>) root;
        List<Question> questions = questions(keys.get("questions"));
        int draw = number(keys, "draw", 1, 1000);
        if (draw > questions.size()) {
            throw new QuizFileException("quiz.problem.drawTooLarge", draw, questions.size());
        }
        return new QuizDefinition(number(keys, "pass_percent", 1, 100), draw,
                number(keys, "time_limit_minutes", 1, 600), number(keys, "max_attempts", 1, 100),
                choice(keys, "grading", Grading.class), bool(keys, "partial_credit"),
                choice(keys, "review", Review.class), questions);
    }

    @SuppressWarnings("unchecked")
    private static List<Question> questions(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new QuizFileException("quiz.problem.noQuestions");
        }
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new QuizFileException("quiz.problem.questionNotMap", questions.size() + 1);
            }
            Map<String, Object> q = (Map<String, Object>) map;
            String id = text(q, "id", "?");
            if (!ids.add(id)) {
                throw new QuizFileException("quiz.problem.duplicateQuestion", id);
            }
            QuestionType type = choice(q, "type", QuestionType.class, id);
            Question question = new Question(id, type, text(q, "text", id), options(q.get("options"), id),
                    text(q, "explanation", id));
            check(question);
            questions.add(question);
        }
        return List.copyOf(questions);
    }

    @SuppressWarnings("unchecked")
    private static List<Option> options(Object value, String questionId) {
        if (!(value instanceof List<?> list) || list.size() < 2) {
            throw new QuizFileException("quiz.problem.fewOptions", questionId);
        }
        List<Option> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new QuizFileException("quiz.problem.optionNotMap", questionId);
            }
            Map<String, Object> o = (Map<String, Object>) map;
            String id = text(o, "id", questionId);
            if (!ids.add(id)) {
                throw new QuizFileException("quiz.problem.duplicateOption", questionId, id);
            }
            Object correct = o.get("correct");
            if (correct != null && !(correct instanceof Boolean)) {
                throw new QuizFileException("quiz.problem.notBoolean", questionId + "/" + id + ".correct");
            }
            options.add(new Option(id, text(o, "text", questionId), Boolean.TRUE.equals(correct)));
        }
        return List.copyOf(options);
    }

    private static void check(Question q) {
        long correct = q.correctCount();
        switch (q.type()) {
            case SINGLE -> {
                if (correct != 1) {
                    throw new QuizFileException("quiz.problem.singleNeedsOne", q.id(), correct);
                }
            }
            case TRUE_FALSE -> {
                if (q.options().size() != 2 || correct != 1) {
                    throw new QuizFileException("quiz.problem.trueFalseShape", q.id());
                }
            }
            case MULTIPLE -> {
                if (correct < 1) {
                    throw new QuizFileException("quiz.problem.multipleNeedsOne", q.id());
                }
            }
        }
    }

    private static String text(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank() || value instanceof Map || value instanceof List) {
            throw new QuizFileException("quiz.problem.missing", where, key);
        }
        return Texts.nfc(value.toString());
    }

    private static int number(Map<String, Object> map, String key, int min, int max) {
        Object value = map.get(key);
        if (!(value instanceof Integer i) || i < min || i > max) {
            throw new QuizFileException("quiz.problem.number", key, min, max);
        }
        return i;
    }

    private static boolean bool(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean b)) {
            throw new QuizFileException("quiz.problem.notBoolean", key);
        }
        return b;
    }

    private static <E extends Enum<E>> E choice(Map<String, Object> map, String key, Class<E> type) {
        return choice(map, key, type, "");
    }

    private static <E extends Enum<E>> E choice(Map<String, Object> map, String key, Class<E> type, String where) {
        Object value = map.get(key);
        try {
            return Enum.valueOf(type, String.valueOf(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QuizFileException("quiz.problem.choice", where.isEmpty() ? key : where + "." + key, value);
        }
    }
}
