package vn.renluyen.quiz;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.renluyen.base.TableExport.Table;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.members.OwnDataPart;

/** The holder's own quiz attempts (lesson quizzes and contest rounds) for "Tải dữ liệu của tôi". */
@Component
class OwnQuizAttempts implements OwnDataPart {

    private final QuizAttemptRepository attempts;
    private final ContestRoundRepository rounds;
    private final CourseCatalog catalog;

    OwnQuizAttempts(QuizAttemptRepository attempts, ContestRoundRepository rounds, CourseCatalog catalog) {
        this.attempts = attempts;
        this.rounds = rounds;
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Table> tables(Owner owner, Labels labels) {
        Map<String, String> names = new HashMap<>();
        List<List<Object>> rows = attempts.findByAccountIdOrderByStartedAtAscIdAsc(owner.accountId()).stream()
                .map(a -> Arrays.<Object>asList(names.computeIfAbsent(a.getSubject().key(), key -> name(a.getSubject(),
                        labels)), a.getAttemptNumber(), owner.time(a.getStartedAt()), owner.time(a.getSubmittedAt()),
                        a.getPoints(), a.getMaxPoints(), a.getPercent(), a.isOpen() ? null : a.isPassed()))
                .toList();
        return List.of(new Table(labels.getTranslation("mydata.sheet.attempts"), labels.headers("mydata.column.quiz",
                "mydata.column.attemptNumber", "mydata.column.startedAt", "mydata.column.submittedAt",
                "mydata.column.points", "mydata.column.maxPoints", "mydata.column.percent", "mydata.column.passed"),
                rows));
    }

    /** "Bài học: …" or "Cuộc thi …, vòng 2"; a subject gone since is named by its key. */
    private String name(QuizSubject subject, Labels labels) {
        if (subject.kind() == QuizSubject.Kind.LESSON) {
            return catalog.courseOf(subject.id()).flatMap(outline -> outline.lessons().stream()
                            .filter(lesson -> lesson.moduleId() == subject.id()).findFirst())
                    .map(lesson -> labels.getTranslation("mydata.quiz.lesson", lesson.title()))
                    .orElse(subject.key());
        }
        return rounds.findWithContestById(subject.id())
                .map(round -> labels.getTranslation("mydata.quiz.round", round.getContest().getTitle(),
                        round.getNumber()))
                .orElse(subject.key());
    }
}
