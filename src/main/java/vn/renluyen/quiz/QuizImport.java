package vn.renluyen.quiz;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.ImportOutcome;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;

/** Brings a lesson's quiz file into its question bank, as a revision of the bank's editorial item. */
@Service
public class QuizImport {

    private final QuizBankRepository banks;
    private final CourseCatalog catalog;
    private final EditorialService editorial;
    private final CurrentUser currentUser;

    QuizImport(QuizBankRepository banks, CourseCatalog catalog, EditorialService editorial, CurrentUser currentUser) {
        this.banks = banks;
        this.catalog = catalog;
        this.editorial = editorial;
        this.currentUser = currentUser;
    }

    /** Checks the whole file first; an invalid one throws {@link QuizFileException} and changes nothing. */
    @Transactional
    public Result importBank(String courseSlug, String moduleSlug, String yaml, String hash) {
        currentUser.requireRole(Role.ADMIN);
        QuizParser.parse(yaml);
        Optional<CourseCatalog.Lesson> lesson = catalog.lesson(courseSlug, moduleSlug);
        if (lesson.isEmpty()) {
            throw new QuizFileException("quiz.problem.noLesson", moduleSlug);
        }
        long moduleId = lesson.get().entry().moduleId();
        Optional<QuizBank> bank = banks.findByModuleId(moduleId);
        Draft draft = new Draft("Câu hỏi ôn tập: " + lesson.get().entry().title(), "", yaml);
        var result = editorial.importFile(bank.map(QuizBank::getEditorialItemId).orElse(null), ItemKind.QUIZ, draft,
                hash, true);
        if (bank.isEmpty()) {
            banks.save(new QuizBank(moduleId, result.item().getId()));
        }
        return new Result(result.outcome(), result.item().getId(), draft);
    }

    /** The published question bank of a lesson, if it has one. */
    @Transactional(readOnly = true)
    public Optional<QuizDefinition> bankOf(long moduleId) {
        return banks.findByModuleId(moduleId)
                .flatMap(bank -> editorial.publishedRevision(bank.getEditorialItemId()))
                .map(revision -> QuizParser.parse(revision.getBody()));
    }

    public record Result(ImportOutcome outcome, long editorialItemId, Draft draft) {
    }
}
