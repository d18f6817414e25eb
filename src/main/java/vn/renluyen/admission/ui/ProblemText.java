package vn.renluyen.admission.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import vn.renluyen.admission.IneligibleVote;
import vn.renluyen.base.UserFacingProblem;

/**
 * Where a form shows why the service refused: the rule's message, and for a refused vote the checks that
 * failed. Anything else than a user-facing refusal is not ours to explain and goes on up.
 */
class ProblemText extends Div {

    private final Paragraph message = new Paragraph();
    private final UnorderedList details = new UnorderedList();

    ProblemText() {
        addClassName("form-problem");
        getElement().setAttribute("role", "alert");
        message.addClassName("form-problem-text");
        add(message, details);
        setVisible(false);
    }

    /** Runs {@code work}; true when it went through, else the refusal is shown and false returned. */
    boolean attempt(Runnable work) {
        try {
            work.run();
            setVisible(false);
            return true;
        } catch (RuntimeException e) {
            if (!(e instanceof UserFacingProblem refused)) {
                throw e;
            }
            show(refused);
            return false;
        }
    }

    void show(UserFacingProblem refused) {
        message.setText(getTranslation(refused.messageKey(), refused.arguments()));
        details.removeAll();
        if (refused instanceof IneligibleVote vote) {
            vote.findings().forEach(f -> details.add(new ListItem(FindingText.of(this, f))));
        }
        details.setVisible(refused instanceof IneligibleVote);
        setVisible(true);
    }

    String text() {
        return message.getText();
    }
}
