package vn.renluyen.admission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * The shape of the admission dialogs: a form, one place for the rule's message, and a save that keeps the
 * dialog (and what was typed) open when the service refuses.
 */
abstract class AdmissionDialog extends Dialog {

    private final ProblemText problem = new ProblemText();
    private final Runnable saved;
    protected final FormLayout form = new FormLayout();

    AdmissionDialog(String title, Runnable saved) {
        super(title);
        this.saved = saved;
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(problem, form);
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }

    /** Calls the service; a refusal is shown in the dialog's own words. */
    protected abstract void apply();

    private void save() {
        if (problem.attempt(this::apply)) {
            close();
            saved.run();
        }
    }

    protected void wide(Component field) {
        form.add(field);
        form.setColspan(field, 2);
    }
}
