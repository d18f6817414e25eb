package vn.renluyen.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import vn.renluyen.base.QrCodes;
import vn.renluyen.security.AccountProblem;
import vn.renluyen.security.TwoFactorService.Enrolment;

/**
 * Sets up an authenticator app: QR code and typed key, then a code from the app proves it; the
 * recovery codes are shown once. Used at sign-in (required roles) and on the account security page.
 */
class EnrolmentForm extends VerticalLayout {

    private final TextField code = SecondFactorView.codeField();

    /** {@code enrol} stores the secret and returns the recovery codes, or throws AccountProblem. */
    EnrolmentForm(Enrolment enrolment, Function<String, List<String>> enrol, String continueLabel, Runnable onContinue) {
        addClassName("enrolment-form");
        setPadding(false);
        OrderedList steps = new OrderedList(new ListItem(getTranslation("twoFactor.enrol.step1")),
                new ListItem(getTranslation("twoFactor.enrol.step2")), new ListItem(getTranslation("twoFactor.enrol.step3")));
        steps.addClassName("enrolment-steps");
        Image qr = new Image(QrCodes.svgDataUrl(enrolment.provisioningUri()), getTranslation("twoFactor.enrol.qrAlt"));
        qr.addClassName("enrolment-qr");
        Span key = new Span(enrolment.groupedSecret());
        key.addClassName("enrolment-secret");
        Div keyLine = new Div(new Span(getTranslation("twoFactor.enrol.key") + " "), key);
        keyLine.addClassName("enrolment-key");
        Button confirm = new Button(getTranslation("twoFactor.enrol.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(click -> {
            try {
                List<String> codes = enrol.apply(code.getValue());
                removeAll();
                add(new RecoveryCodesPanel(codes, continueLabel, onContinue));
            } catch (AccountProblem problem) {
                code.setErrorMessage(getTranslation(problem.messageKey()));
                code.setInvalid(true);
            }
        });
        add(steps, qr, keyLine, code, confirm);
    }
}
