package vn.renluyen.quiz;

import org.springframework.stereotype.Component;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.DraftValidator;
import vn.renluyen.publishing.ItemKind;

/** An editor cannot save a question bank that the quiz could not use. */
@Component
class QuizDraftValidator implements DraftValidator {

    @Override
    public void validate(ItemKind kind, Draft draft) {
        if (kind == ItemKind.QUIZ) {
            QuizParser.parse(draft.body());
        }
    }
}
