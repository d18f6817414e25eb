package vn.renluyen.completion.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.completion.ConfirmationCheck;
import vn.renluyen.completion.Confirmations;
import vn.renluyen.completion.VerifiedConfirmation;

/**
 * /xac-minh and /xac-minh/{code}: anyone checks an online-study confirmation by its code (the QR code
 * on the PDF leads here). A revoked code is said to be revoked, with the date, but its holder is not shown.
 */
@Route("xac-minh/:code?")
@AnonymousAllowed
class VerifyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Confirmations confirmations;
    private final TextField code = new TextField();
    private final Div result = new Div();

    VerifyView(Confirmations confirmations) {
        this.confirmations = confirmations;
        addClassName("reading-page");
        addClassName("verify-page");
        code.setLabel(getTranslation("completion.verify.code"));
        code.setHelperText(getTranslation("completion.verify.codeHelp"));
        code.setMaxLength(40);
        code.setWidth("min(100%, 20rem)");
        Button check = new Button(getTranslation("completion.verify.check"),
                click -> getUI().ifPresent(ui -> ui.navigate("xac-minh/" + code.getValue().strip())));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        Div form = new Div(code, check);
        form.addClassName("verify-form");
        result.addClassName("verify-result");
        add(new H1(getTranslation("completion.verify.title")), form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        result.removeAll();
        String typed = event.getRouteParameters().get("code").orElse("");
        code.setValue(typed);
        if (typed.isBlank()) {
            return;
        }
        switch (confirmations.check(typed)) {
            case ConfirmationCheck.Valid valid -> showValid(valid.confirmation());
            case ConfirmationCheck.Revoked revoked -> notice("verify-revoked",
                    getTranslation("completion.verify.revoked", Dates.day(revoked.revokedOn())));
            case ConfirmationCheck.Unknown unknown -> notice("verify-unknown", getTranslation("completion.verify.unknown"));
        }
    }

    private void showValid(VerifiedConfirmation c) {
        code.setValue(c.code());
        Span badge = new Span(getTranslation("completion.verify.valid"));
        badge.addClassName("verify-valid");
        Div facts = new Div(
                fact("completion.verify.holder", c.holderName(), "verify-holder"),
                fact("completion.verify.course", c.course(), "verify-course"),
                fact("completion.verify.completedOn", Dates.day(c.completedOn()), "verify-date"),
                fact("completion.verify.contentVersion", c.contentVersion(), "verify-version"),
                fact("completion.verify.issuedBy", c.issuedBy(), "verify-issuer"),
                fact("completion.verify.code", c.code(), "verify-code"));
        facts.addClassName("verify-facts");
        Paragraph notOfficial = new Paragraph(getTranslation("completion.verify.notOfficial"));
        notOfficial.addClassName("verify-not-official");
        result.add(new H2(badge), facts, notOfficial);
    }

    private Div fact(String labelKey, String value, String className) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("verify-label");
        Span text = new Span(value);
        text.addClassName(className);
        Div row = new Div(label, text);
        row.addClassName("verify-fact");
        return row;
    }

    private void notice(String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        result.add(p);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("completion.verify.title") + " · " + getTranslation("app.name");
    }
}
