package vn.renluyen.members.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import vn.renluyen.base.UserFacingProblem;

/**
 * The shape of every edit dialog on a member record: a form, one place for the rule's message, and a
 * save that keeps the dialog (and what was typed) open when the service refuses.
 */
abstract class RecordDialog extends Dialog {

    private final Paragraph problem = new Paragraph();
    private final Runnable saved;
    private final Button save = new Button();
    protected final FormLayout form = new FormLayout();

    RecordDialog(String title, Runnable saved) {
        super(title);
        this.saved = saved;
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(problem, form);
        save.setText(getTranslation("common.save"));
        save.addClickListener(click -> saveNow());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }

    /** For dialogs whose main act is not a plain save ("Duyệt"). */
    protected void renameSave(String text) {
        save.setText(text);
    }

    /** Calls the service; a refusal is shown in the dialog's own words. */
    protected abstract void apply();

    /** Applies the form; closes and reports the change, or shows the refusal and keeps everything typed. */
    protected final void saveNow() {
        try {
            apply();
            close();
            saved.run();
        } catch (RuntimeException e) {
            if (!(e instanceof UserFacingProblem refused)) {
                throw e;
            }
            problem.setText(getTranslation(refused.messageKey(), refused.arguments()));
            problem.setVisible(true);
        }
    }

    /** A refusal of the form itself (a required choice left empty), shown like the service's. */
    protected static final class Missing extends RuntimeException implements UserFacingProblem {

        private final String key;

        Missing(String key) {
            super(key);
            this.key = key;
        }

        @Override
        public String messageKey() {
            return key;
        }
    }

    protected void wide(Component field) {
        form.add(field);
        form.setColspan(field, 2);
    }
}
