package vn.renluyen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.security.AccountProblem;
import vn.renluyen.security.SecurityNotices;
import vn.renluyen.security.SignedInSessions;
import vn.renluyen.security.TwoFactorService;
import vn.renluyen.security.TwoFactorService.Status;

/**
 * Everyone's own two-factor settings (turn it on, renew recovery codes, turn it off where allowed) and their
 * signed-in sessions, and the latest changes to their credentials.
 */
@Route("bao-mat")
@PermitAll
class AccountSecurityView extends VerticalLayout implements HasDynamicTitle {

    private final TwoFactorService twoFactor;
    private final Clock clock;
    private final VerticalLayout body = new VerticalLayout();

    AccountSecurityView(TwoFactorService twoFactor, SignedInSessions sessions, SecurityNotices notices, Clock clock) {
        this.twoFactor = twoFactor;
        this.clock = clock;
        addClassName("narrow-page");
        body.setPadding(false);
        add(new H2(getTranslation("accountSecurity.title")), body, new OwnSessionsPanel(sessions, clock),
                new SecurityChangesPanel(notices, clock));
        show();
    }

    private void show() {
        body.removeAll();
        Status status = twoFactor.statusOfCurrentUser();
        body.add(new H3(getTranslation("twoFactor.title")));
        if (status.required()) {
            body.add(new Paragraph(getTranslation("accountSecurity.required")));
        }
        if (!status.enabled()) {
            body.add(new Paragraph(getTranslation("accountSecurity.off")));
            Button enable = new Button(getTranslation("accountSecurity.enable"), click -> {
                body.removeAll();
                TwoFactorService.Enrolment enrolment = twoFactor.newEnrolmentForCurrentUser();
                body.add(new H3(getTranslation("twoFactor.title")), new EnrolmentForm(
                        enrolment, code -> twoFactor.enrolCurrentUser(enrolment, code),
                        getTranslation("accountSecurity.done"), this::show));
            });
            enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            body.add(enable);
            return;
        }
        body.add(new Paragraph(getTranslation("accountSecurity.on", Dates.moment(status.enabledAt(), clock),
                status.recoveryCodesLeft())));
        TextField code = SecondFactorView.codeField();
        code.setHelperText(getTranslation("accountSecurity.codeHelper"));
        Button renew = new Button(getTranslation("accountSecurity.renew"), click -> withCode(code,
                () -> {
                    List<String> codes = twoFactor.renewRecoveryCodes(code.getValue());
                    body.removeAll();
                    body.add(new RecoveryCodesPanel(codes, getTranslation("accountSecurity.done"), this::show));
                    return null;
                }));
        HorizontalLayout actions = new HorizontalLayout(renew);
        actions.setWrap(true);
        if (!status.required()) {
            Button disable = new Button(getTranslation("accountSecurity.disable"), click -> withCode(code, () -> {
                twoFactor.disableOwn(code.getValue());
                Notifications.success(getTranslation("accountSecurity.disabled"));
                show();
                return null;
            }));
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(disable);
        }
        body.add(code, actions);
    }

    private void withCode(TextField code, Supplier<Void> action) {
        try {
            action.get();
        } catch (AccountProblem problem) {
            code.setErrorMessage(getTranslation(problem.messageKey()));
            code.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accountSecurity.title") + " · " + getTranslation("app.name");
    }
}
