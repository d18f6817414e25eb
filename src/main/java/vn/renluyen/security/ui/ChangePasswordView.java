package vn.renluyen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.renluyen.security.AccountProblem;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.PasswordStrength;
import vn.renluyen.base.ui.Notifications;

/** Everyone changes their own password, proving the current one first. */
@Route("doi-mat-khau")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private Paragraph temporaryNotice;

    ChangePasswordView(AccountService accounts) {
        addClassName("narrow-page");
        current.setLabel(getTranslation("password.current"));
        fresh.setLabel(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("password.rules"));
        // A strength meter while the new password is typed (ASVS 2.1.8); the policy itself is checked on saving.
        fresh.setValueChangeMode(ValueChangeMode.LAZY);
        fresh.addValueChangeListener(change -> fresh.setHelperText(change.getValue().isEmpty()
                ? getTranslation("password.rules")
                : getTranslation("password.rules") + " " + getTranslation("password.strength",
                        getTranslation("password.strength." + PasswordStrength.score(change.getValue())))));
        repeat.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {current, fresh, repeat}) {
            field.setWidthFull();
            field.setRequired(true);
        }
        Button save = new Button(getTranslation("password.save"), click -> save(accounts));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("password.title")));
        if (accounts.mustChangeOwnPassword()) {
            temporaryNotice = new Paragraph(getTranslation("password.temporary"));
            temporaryNotice.addClassName("review-notice");
            add(temporaryNotice);
        }
        add(new Paragraph(getTranslation("password.intro")), current, fresh, repeat, save);
    }

    private void save(AccountService accounts) {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), fresh.getValue(),
                    VaadinSession.getCurrent().getSession().getId());
        } catch (AccountProblem problem) {
            PasswordField field = problem.messageKey().equals("account.error.currentPasswordWrong") ? current : fresh;
            field.setErrorMessage(getTranslation(problem.messageKey()));
            field.setInvalid(true);
            return;
        }
        current.clear();
        fresh.clear();
        repeat.clear();
        Notification.show(getTranslation("password.changed"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (temporaryNotice != null) {
            remove(temporaryNotice);
            temporaryNotice = null;
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
