package vn.renluyen.publishing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.renluyen.publishing.PublishingProblem;

/**
 * A publisher sends an item back to its author with a comment. The service decides whether the comment
 * is missing; its message is shown on the field and the dialog stays open.
 */
class ReturnDialog extends Dialog {

    /** Size of editorial_item.review_comment. */
    private static final int COMMENT_MAX = 2000;

    ReturnDialog(Consumer<String> returnWithComment) {
        setHeaderTitle(getTranslation("publishing.return.title"));
        TextArea comment = new TextArea(getTranslation("publishing.return.comment"));
        comment.setHelperText(getTranslation("publishing.return.help"));
        comment.setRequiredIndicatorVisible(true);
        comment.setMaxLength(COMMENT_MAX);
        comment.setWidthFull();
        comment.setMinHeight("8rem");
        Button confirm = new Button(getTranslation("publishing.action.return"), click -> {
            try {
                returnWithComment.accept(comment.getValue());
                close();
            } catch (PublishingProblem problem) {
                comment.setErrorMessage(getTranslation(problem.messageKey()));
                comment.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(comment);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }
}
