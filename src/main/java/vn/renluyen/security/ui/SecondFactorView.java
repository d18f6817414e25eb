package vn.renluyen.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PendingSignIn;
import vn.renluyen.security.SecondFactorPage;
import vn.renluyen.security.TwoFactorService;
import vn.renluyen.security.TwoFactorService.Outcome;

/**
 * The second step of signing in, after a right password: a code from the authenticator app or a
 * recovery code; or, for an account that must have two-factor sign-in and has none yet, enrolment.
 * Without a fresh pending sign-in in the session it goes back to the login page.
 */
@Route(value = SecondFactorPage.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TwoFactorService twoFactor;
    private final CurrentUser currentUser;

    SecondFactorView(TwoFactorService twoFactor, CurrentUser currentUser) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        addClassNames("login-view", "second-factor-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Optional<PendingSignIn> pending = twoFactor.pending(session::getAttribute);
        if (pending.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        removeAll();
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        VerticalLayout card = new VerticalLayout();
        card.addClassName("second-factor-card");
        card.add(new H2(getTranslation("twoFactor.title")));
        if (pending.get().enrolled()) {
            verification(card, pending.get(), session);
        } else {
            card.add(new Paragraph(getTranslation("twoFactor.enrol.required")));
            TwoFactorService.Enrolment enrolment = twoFactor.newEnrolment(pending.get().username());
            card.add(new EnrolmentForm(enrolment,
                    code -> twoFactor.enrol(pending.get(), enrolment, code, session::setAttribute),
                    getTranslation("twoFactor.recovery.continue"), SecondFactorView::complete));
        }
        add(brand, card, new Anchor(LoginView.ROUTE, getTranslation("twoFactor.backToLogin")));
    }

    private void verification(VerticalLayout card, PendingSignIn pending, WrappedSession session) {
        TextField code = codeField();
        code.setHelperText(getTranslation("twoFactor.code.helper"));
        Button confirm = new Button(getTranslation("twoFactor.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(click -> {
            Outcome outcome = twoFactor.verify(pending, code.getValue(), session::setAttribute);
            if (outcome == Outcome.ACCEPTED) {
                complete();
                return;
            }
            code.setErrorMessage(getTranslation(outcome == Outcome.REFUSED ? "twoFactor.error.refused" : "twoFactor.error.codeWrong"));
            code.setInvalid(true);
            code.clear();
        });
        card.add(new Paragraph(getTranslation("twoFactor.intro")), code, confirm);
        code.focus();
    }

    /** The sign-in ends over plain HTTP, where the session id can change. */
    private static void complete() {
        UI.getCurrent().getPage().setLocation(SecondFactorPage.COMPLETION);
    }

    /** Six digits from the app, or a recovery code: the phone's keyboard and autofill are told which. */
    static TextField codeField() {
        TextField code = new TextField();
        code.setLabel(code.getTranslation("twoFactor.code"));
        code.setMaxLength(20);
        code.setAutofocus(true);
        // not inputmode=numeric: recovery codes have letters
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidthFull();
        return code;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twoFactor.title") + " · " + getTranslation("app.name");
    }
}
